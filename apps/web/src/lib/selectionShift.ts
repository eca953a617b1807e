/**
 * Keeps a person's caret and selection in place while someone else edits the same statement.
 * A remote change arrives as a Yjs delta over the old text; each position is moved by the
 * inserts and deletes that happened before it. An insert exactly at the caret lands after it,
 * so two people typing at the same spot do not push each other's caret around.
 */
export type TextDelta = ReadonlyArray<{ insert?: unknown; delete?: number; retain?: number }>;

export function shiftPosition(delta: TextDelta, position: number): number {
  let oldIndex = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldIndex >= position) break;
    if (op.retain !== undefined) {
      oldIndex += op.retain;
    } else if (op.insert !== undefined) {
      shift += typeof op.insert === 'string' ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, position - oldIndex);
      oldIndex += op.delete;
    }
  }
  return position + shift;
}

export interface TextSelection {
  readonly start: number;
  readonly end: number;
}

export function shiftSelection(delta: TextDelta, selection: TextSelection): TextSelection {
  return { start: shiftPosition(delta, selection.start), end: shiftPosition(delta, selection.end) };
}
