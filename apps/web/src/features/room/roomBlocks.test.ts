import { afterEach, describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as Y from 'yjs';
import { addAgendaStep, createBoard, setUpAgenda } from '@kinboard/model';
import { activateLocale, t } from '../../i18n';
import { roomContent } from './roomBlocks';

afterEach(() => activateLocale('en'));

function board(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Rodzina Nowak', template: 'three-column', createdAt: 1 });
  setUpAgenda(doc);
  addAgendaStep(doc, 'Przerwa na herbatę');
  return doc;
}

describe('the room screen in the language of its device', () => {
  it("reads a column's question and the standard agenda steps in Polish, and a chair's own step as written", async () => {
    const doc = board();
    expect(roomContent(doc, 'column:worries', [])?.title).toBe('What are we worried about?');
    await activateLocale('pl');
    const worries = roomContent(doc, 'column:worries', [])?.title;
    expect(worries).toBe('Co nas martwi?');
    const agenda =
      roomContent(doc, 'meeting', [])?.blocks.map((b) => renderToStaticMarkup(b.node as ReactElement).replace(/<[^>]+>/g, '')) ?? [];
    expect(agenda).toHaveLength(5);
    expect(agenda[0]).not.toContain("What's working well?");
    expect(agenda[0]).toBe(`1. ${t('meeting.step.workingWell')}`);
    expect(agenda[4]).toBe('5. Przerwa na herbatę');
  });
});
