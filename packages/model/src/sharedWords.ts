/**
 * Short free-text values kept as shared texts on a record (a network member's name, a scale's
 * question), so they are shared as a person types, character by character. Boards from before
 * schema 4 kept them as plain strings; readers accept both, and `wordsText` turns a string into a
 * text, keeping its words, the first time it is needed (or in the migration).
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from './errors';

/** What `record[key]` says now: its text, a plain string from an older board, or null when it holds neither. */
export function readWords(record: Y.Map<unknown>, key: string): string | null {
  const value = record.get(key);
  if (value instanceof Y.Text) return value.toString();
  return typeof value === 'string' ? value : null;
}

/**
 * The text at `key`, made when missing from the plain string there (or `seed` when there is none),
 * cut to `max` characters (call inside a transaction).
 */
export function wordsText(record: Y.Map<unknown>, key: string, max: number, seed = ''): Y.Text {
  const value = record.get(key);
  if (value instanceof Y.Text) return value;
  const text = new Y.Text((typeof value === 'string' ? value : seed).slice(0, max));
  record.set(key, text);
  return text;
}

/** Checks a value typed into a box: text, and not over `max`. Not trimmed: a person may be mid-word. */
export function checkTyped(value: unknown, max: number, what: string): string {
  if (typeof value !== 'string') throw new ModelError(ModelErrorCode.invalidText, `${what} must be text`);
  if (value.length > max) throw new ModelError(ModelErrorCode.invalidText, `${what} can be at most ${max} characters`);
  return value;
}
