/** Small helpers shared by the model's tests. */
import * as Y from 'yjs';
import { expect } from 'vitest';
import { createBoard } from '../createBoard';
import { ModelError, type ModelErrorCode } from '../errors';
import { sectionStatements } from '../readBoard';
import type { SectionId } from '../sections';

export const GRAN = { id: 'p_gran', name: 'Gran' } as const;
export const WORKER = { id: 'p_worker', name: 'Sam (social worker)' } as const;

/** A fresh three-column board with a fixed creation time. */
export function newBoard(clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  createBoard(doc, { title: 'Family network meeting', template: 'three-column', createdAt: 1_700_000_000_000 });
  return doc;
}

/** The texts of one section, in board order. */
export function texts(doc: Y.Doc, section: SectionId): string[] {
  return sectionStatements(doc, section).map((s) => s.text);
}

/** Runs `fn`, expects a ModelError with `code`, and checks the document did not change at all. */
export function expectRefused(doc: Y.Doc, code: ModelErrorCode, fn: () => unknown): void {
  const before = Y.encodeStateAsUpdate(doc);
  let updates = 0;
  const count = () => updates++;
  doc.on('update', count);
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  } finally {
    doc.off('update', count);
  }
  expect(error, 'the operation should have been refused').toBeInstanceOf(ModelError);
  expect((error as ModelError).code).toBe(code);
  expect(updates).toBe(0);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
}
