/**
 * What others changed on the board, in short sentences for a screen reader ("Sarah added a
 * statement to What are we worried about?"). Worked out by comparing the board before and after
 * a change that came from the server; the hook that announces them paces them (see EditNews).
 */
import type { BoardView } from '@kinboard/model';
import { t } from '../i18n';

export const EDIT_NEWS_WORDS = {
  added: (who: string, where: string) => (who ? t('board.editNews.added', { who, where }) : t('board.editNews.someoneAdded', { where })),
  removed: (where: string) => t('board.editNews.removed', { where }),
  moved: (where: string) => t('board.editNews.moved', { where }),
  changed: (where: string) => t('board.editNews.changed', { where }),
  more: (count: number) => t('board.editNews.more', { count }),
} as const;

interface Placed {
  readonly section: string;
  readonly where: string;
  readonly text: string;
  readonly authorName: string;
}

function placed(board: BoardView): Map<string, Placed> {
  const byId = new Map<string, Placed>();
  for (const section of board.sections) {
    for (const statement of section.statements) {
      byId.set(statement.id, { section: section.id, where: section.title, text: statement.text, authorName: statement.authorName });
    }
  }
  return byId;
}

/** One statement's change, said in one sentence. */
export interface EditNewsItem {
  readonly statementId: string;
  readonly kind: 'added' | 'moved' | 'changed' | 'removed';
  readonly words: string;
}

/** The changes between two readings of the board, one per statement, in a steady order. */
export function describeChanges(before: BoardView, after: BoardView): EditNewsItem[] {
  const was = placed(before);
  const now = placed(after);
  const news: EditNewsItem[] = [];
  for (const [statementId, statement] of now) {
    const earlier = was.get(statementId);
    if (!earlier) news.push({ statementId, kind: 'added', words: EDIT_NEWS_WORDS.added(statement.authorName, statement.where) });
    else if (earlier.section !== statement.section)
      news.push({ statementId, kind: 'moved', words: EDIT_NEWS_WORDS.moved(statement.where) });
    else if (earlier.text !== statement.text) news.push({ statementId, kind: 'changed', words: EDIT_NEWS_WORDS.changed(statement.where) });
  }
  for (const [statementId, statement] of was) {
    if (!now.has(statementId)) news.push({ statementId, kind: 'removed', words: EDIT_NEWS_WORDS.removed(statement.where) });
  }
  return news;
}

/**
 * Adds new items to the news gathered so far, one per statement: a statement added and then typed
 * into is still "added"; any other later change replaces the earlier.
 */
export function gatherNews(gathered: ReadonlyMap<string, EditNewsItem>, items: readonly EditNewsItem[]): Map<string, EditNewsItem> {
  const next = new Map(gathered);
  for (const item of items) {
    const earlier = next.get(item.statementId);
    if (earlier?.kind === 'added' && item.kind === 'changed') continue;
    next.set(item.statementId, item);
  }
  return next;
}

/**
 * One announcement from the news gathered since the last: repeated sentences once (typing in a
 * statement is one change, not one per letter), at most three, then how many more.
 */
export function summariseNews(news: readonly string[]): string {
  const distinct = [...new Set(news)];
  const shown = distinct.slice(0, 3);
  const rest = distinct.length - shown.length;
  const sentences = shown.map((words) => (/[.?!]$/.test(words) ? words : `${words}.`));
  if (rest > 0) sentences.push(`${EDIT_NEWS_WORDS.more(rest)}.`);
  return sentences.join(' ');
}
