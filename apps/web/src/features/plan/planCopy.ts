/**
 * Small pure helpers for copies of the plan: file names, how a moment is written for the reader,
 * and the one request that records a copy in the board's audit trail.
 */
import { postBoardRecord } from '../../lib/postBoardRecord';
import { formatDate, t } from '../../i18n';

/** "Safety plan" from "safety plan": the framework's words are lower case for use mid-sentence. */
export function capitalise(words: string): string {
  return words.length > 0 ? words[0]!.toUpperCase() + words.slice(1) : words;
}

/** Characters no operating system accepts in a file name, and control characters. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * The name of a downloaded copy: "{board title} – {plan name}.md". Characters file systems refuse
 * are replaced, so the family's title still reads as written as far as possible.
 */
export function planFileName(boardTitle: string, planName: string, extension = 'md'): string {
  const title = boardTitle.trim() || t('board.BoardHeader.meetingBoard');
  const name = `${title} – ${planName}`.replace(UNSAFE_IN_FILE_NAME, '-').replace(/\s+/g, ' ').trim();
  // Keep well inside the 255-byte limit of common file systems, even with multi-byte letters.
  return `${name.slice(0, 120).trim()}.${extension}`;
}

/** When a copy was made, written for the reader: "14 March 2025 at 15:04". */
export function formatPrintedAt(at: Date, locale?: string): string {
  const dayOptions = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  const timeOptions = { hour: '2-digit', minute: '2-digit' } as const;
  const day = locale ? at.toLocaleDateString(locale, dayOptions) : formatDate(at, dayOptions);
  const time = locale ? at.toLocaleTimeString(locale, timeOptions) : formatDate(at, timeOptions);
  return t('plan.printedAt', { day, time });
}

/** When the plan was agreed, written for the reader. */
export function formatAgreedAt(at: number, locale?: string): string {
  return formatPrintedAt(new Date(at), locale);
}

/** What an audit entry says was exported; the server takes at most 60 characters. */
export type ExportKind = 'plan markdown' | 'plan print';

/**
 * Tells the server a copy of the plan left the board, for its audit trail. Fire and forget: a
 * copy is never held up or refused because the record could not be made.
 */
export function recordExport(
  boardId: string,
  secret: string,
  what: ExportKind,
  fetchFn: typeof fetch = fetch,
  credential: string | null = null,
): void {
  postBoardRecord({ boardId, secret, credential }, 'exports', { what }, fetchFn);
}

/** Saves text as a file through the browser's download. */
export function downloadText(text: string, fileName: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
