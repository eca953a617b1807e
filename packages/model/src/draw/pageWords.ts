/**
 * Every word written on a drawing page, read straight from its records (no canvas code): frame
 * titles and the text of every shape (text boxes, labels inside boxes and ellipses, notes, arrow
 * labels), in the page's stacking order, each frame's words after its title. A printed or saved
 * copy lists them under the picture, so the words are there as text even where the picture is
 * only pixels.
 */
import type * as Y from 'yjs';
import { drawRecordsArray } from './drawSchema';

export interface PageWordsEntry {
  /** 'frame': a frame's title; 'words': the words of a shape. */
  readonly kind: 'frame' | 'words';
  readonly text: string;
  /** How many frames it sits inside (0 on the page itself). */
  readonly depth: number;
}

interface ShapeRecord {
  readonly id: string;
  readonly type?: unknown;
  readonly parentId?: unknown;
  readonly index?: unknown;
  readonly props?: { readonly name?: unknown; readonly text?: unknown; readonly richText?: unknown };
}

const MAX_DEPTH = 50;

/** The plain text of a tldraw rich text (a TipTap document): paragraphs on their own lines. */
export function richTextToPlain(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH || !value || typeof value !== 'object') return '';
  const node = value as { type?: unknown; text?: unknown; content?: unknown };
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'hardBreak') return '\n';
  if (!Array.isArray(node.content)) return '';
  const parts = node.content.map((child) => richTextToPlain(child, depth + 1));
  return node.type === 'doc' || node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'listItem'
    ? parts.join('\n')
    : parts.join('');
}

function shapeWords(shape: ShapeRecord): string {
  const props = shape.props ?? {};
  if (typeof props.text === 'string') return props.text.trim();
  return richTextToPlain(props.richText).trim();
}

/** The words on `pageId`, in stacking order; empty for a page with none. */
export function readPageWords(doc: Y.Doc, pageId: string): PageWordsEntry[] {
  const current = new Map<string, unknown>();
  for (const entry of drawRecordsArray(doc).toArray()) if (entry) current.set(entry.key, entry.val);
  const children = new Map<unknown, ShapeRecord[]>();
  for (const value of current.values()) {
    const record = value as (ShapeRecord & { typeName?: unknown }) | null;
    if (record?.typeName !== 'shape' || typeof record.id !== 'string') continue;
    const siblings = children.get(record.parentId) ?? [];
    siblings.push(record);
    children.set(record.parentId, siblings);
  }
  const order = (s: ShapeRecord) => (typeof s.index === 'string' ? s.index : '');
  const words: PageWordsEntry[] = [];
  const visit = (parentId: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    const shapes = [...(children.get(parentId) ?? [])].sort((a, b) =>
      order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : a.id < b.id ? -1 : 1,
    );
    for (const shape of shapes) {
      if (shape.type === 'frame') {
        const name = typeof shape.props?.name === 'string' ? shape.props.name.trim() : '';
        if (name) words.push({ kind: 'frame', text: name, depth });
        visit(shape.id, depth + 1);
        continue;
      }
      const text = shapeWords(shape);
      if (text) words.push({ kind: 'words', text, depth });
      visit(shape.id, depth);
    }
  };
  visit(pageId, 0);
  return words;
}
