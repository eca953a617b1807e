import { Suspense, useEffect, useMemo } from 'react';
import * as Y from 'yjs';
import type { DrawingPageView, RemovalView } from '@kinboard/model';
import { StoryboardPicture } from '../draw';
import { t } from '../../i18n';

const REMOVED_WORDS = {
  get statement() {
    return t('removed.kind.statement');
  },
  get rule() {
    return t('removed.kind.rule');
  },
  get member() {
    return t('removed.kind.member');
  },
} as const;

/** What was removed from the board and not brought back by the end of the meeting. */
export function RecordRemoved({ removed }: { readonly removed: readonly RemovalView[] | undefined }) {
  if (!removed || removed.length === 0) return null;
  return (
    <>
      <h4>{t('meeting.RecordDrawings.removedAndNotBroughtBack')}</h4>
      <ul aria-label={t('meeting.RecordDrawings.removedAndNotBroughtBack')}>
        {removed.map((r) => (
          <li key={r.id}>
            {REMOVED_WORDS[r.kind]}: {r.summary || t('meeting.RecordDrawings.noWords')}
            <span className="meeting-record__muted"> {t('meeting.RecordDrawings.removedBy', { name: r.removedBy.name })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The board as it was at the end of the meeting, from the record, for drawing its pages. */
function useRecordedBoard(board: string | null | undefined): Y.Doc | null {
  const doc = useMemo(() => {
    if (!board) return null;
    const recorded = new Y.Doc();
    try {
      Y.applyUpdate(
        recorded,
        Uint8Array.from(atob(board), (c) => c.charCodeAt(0)),
      );
    } catch {
      recorded.destroy();
      return null;
    }
    return recorded;
  }, [board]);
  useEffect(() => () => doc?.destroy(), [doc]);
  return doc;
}

/** The record's drawing pages: each page's picture as it was at the end, its name and its words. */
export function RecordDrawings({
  drawings,
  board,
}: {
  readonly drawings: readonly DrawingPageView[] | undefined;
  readonly board?: string | null;
}) {
  const recorded = useRecordedBoard(board);
  // Records read from an older server have no drawings.
  if (!drawings || drawings.length === 0) return null;
  return (
    <>
      <h4>{t('meeting.RecordDrawings.drawings')}</h4>
      <ul aria-label={t('meeting.RecordDrawings.drawings')}>
        {drawings.map((page) => (
          <li key={page.id}>
            <strong>{page.name || t('meeting.RecordDrawings.aDrawingPage')}</strong>
            {recorded && page.drawn && (
              <Suspense fallback={null}>
                <StoryboardPicture doc={recorded} pageId={page.id} />
              </Suspense>
            )}
            {page.text ? (
              <p className="meeting-record__contingency">{page.text}</p>
            ) : (
              <p className="meeting-record__muted">{t('meeting.RecordDrawings.drawnWithNoWordsWritten')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
