import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readBoard } from '@kinboard/model';
import { useBoardSession } from '../hooks/boardContext';
import { onDocChange } from '../lib/docChanges';
import { describeChanges, gatherNews, summariseNews, type EditNewsItem } from './editNews';
import { t } from '../i18n';
import './EditNews.css';

const WORDS = {
  get setting() {
    return t('board.EditNews.setting');
  },
} as const;

/** At most one announcement this often, so a screen reader is not talked over while someone types. */
const PACE_MS = 5000;
const STORAGE_KEY = 'kinboard.announceEdits';

const listeners = new Set<() => void>();

function announcing(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function setAnnouncing(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(STORAGE_KEY, 'on');
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Not kept on this device; the choice holds until the page closes.
  }
  for (const listener of listeners) listener();
}

function useAnnouncing(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announcing,
    () => false,
  );
}

/** The choice to hear others' changes: off unless this device turned it on. */
export function EditNewsSetting() {
  const on = useAnnouncing();
  const id = useId();
  return (
    <p className="edit-news-setting">
      <input id={id} type="checkbox" checked={on} onChange={(e) => setAnnouncing(e.target.checked)} />
      <label htmlFor={id}>{WORDS.setting}</label>
    </p>
  );
}

/**
 * A polite live region that, when turned on, says in short what others changed ("Sarah added a
 * statement to What are we worried about?"), gathered and said at most once every few seconds.
 * Changes made on this device are never announced.
 */
export function EditNewsAnnouncer() {
  const { connection } = useBoardSession();
  const on = useAnnouncing();
  const [said, setSaid] = useState('');
  useEditNews(connection.doc, on, setSaid);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {on ? said : ''}
    </p>
  );
}

function useEditNews(doc: Y.Doc, on: boolean, say: (words: string) => void): void {
  const queue = useRef<ReadonlyMap<string, EditNewsItem>>(new Map());
  useEffect(() => {
    if (!on) return undefined;
    let before = readBoard(doc);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const offDoc = onDocChange(doc, (transaction) => {
      const after = readBoard(doc);
      if (!transaction.local) queue.current = gatherNews(queue.current, describeChanges(before, after));
      before = after;
      if (queue.current.size === 0 || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        say(summariseNews([...queue.current.values()].map((item) => item.words)));
        queue.current = new Map();
      }, PACE_MS);
    });
    return () => {
      offDoc();
      clearTimeout(timer);
      queue.current = new Map();
    };
  }, [doc, on, say]);
}
