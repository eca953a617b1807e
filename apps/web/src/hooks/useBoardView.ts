import type * as Y from 'yjs';
import { readBoard, type BoardView } from '@kinboard/model';
import { useDocView } from './useDocView';

/**
 * The board as plain data, read again after every change to the document. Components render
 * from this and never from the shared types.
 */
export function useBoardView(doc: Y.Doc): BoardView {
  return useDocView(doc, readBoard);
}
