import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { drawRecordsArray } from './drawSchema';
import { readPageWords } from './pageWords';

const rich = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

describe('readPageWords', () => {
  it('lists frame titles and every shape’s words in stacking order, each frame’s words after its title', () => {
    const doc = new Y.Doc();
    drawRecordsArray(doc).push([
      { key: 'page:story', val: { typeName: 'page', id: 'page:story', name: 'Story', index: 'a1' } },
      {
        key: 'shape:f2',
        val: {
          typeName: 'shape',
          id: 'shape:f2',
          type: 'frame',
          parentId: 'page:story',
          index: 'a2',
          props: { name: 'What happens next' },
        },
      },
      {
        key: 'shape:f1',
        val: { typeName: 'shape', id: 'shape:f1', type: 'frame', parentId: 'page:story', index: 'a1', props: { name: 'Who is worried' } },
      },
      {
        key: 'shape:t1',
        val: {
          typeName: 'shape',
          id: 'shape:t1',
          type: 'text',
          parentId: 'shape:f1',
          index: 'a1',
          props: { richText: rich('Social workers', 'and the school') },
        },
      },
      {
        key: 'shape:g1',
        val: {
          typeName: 'shape',
          id: 'shape:g1',
          type: 'geo',
          parentId: 'shape:f2',
          index: 'a1',
          props: { richText: rich('Gran collects Amy') },
        },
      },
      {
        key: 'shape:old',
        val: {
          typeName: 'shape',
          id: 'shape:old',
          type: 'text',
          parentId: 'page:story',
          index: 'a3',
          props: { text: 'An older text box' },
        },
      },
      {
        key: 'shape:elsewhere',
        val: {
          typeName: 'shape',
          id: 'shape:elsewhere',
          type: 'text',
          parentId: 'page:other',
          index: 'a1',
          props: { richText: rich('Not on this page') },
        },
      },
      {
        key: 'shape:t1',
        val: {
          typeName: 'shape',
          id: 'shape:t1',
          type: 'text',
          parentId: 'shape:f1',
          index: 'a1',
          props: { richText: rich('Social workers', 'and the school nurse') },
        },
      },
    ]);
    expect(readPageWords(doc, 'page:story')).toEqual([
      { kind: 'frame', text: 'Who is worried', depth: 0 },
      { kind: 'words', text: 'Social workers\nand the school nurse', depth: 1 },
      { kind: 'frame', text: 'What happens next', depth: 0 },
      { kind: 'words', text: 'Gran collects Amy', depth: 1 },
      { kind: 'words', text: 'An older text box', depth: 0 },
    ]);
  });
});
