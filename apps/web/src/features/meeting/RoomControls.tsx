import { useCallback, useEffect, useState } from 'react';
import {
  ROOM_JOIN,
  ROOM_PACES,
  readRoomScreen,
  roomPageAt,
  setRoomPace,
  showOnRoomScreen,
  showStepOnRoomScreen,
  turnRoomPage,
  type FocusTarget,
  type RoomTarget,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { t } from '../../i18n';
import { useAwarenessView, type PresenceStates } from '../../hooks/useAwarenessView';
import { useDocView } from '../../hooks/useDocView';
import { ROOM_JOIN_FIELD, roomPageCount } from '../room';
import { focusText } from './follow';
import { useSharedLink } from './useSharedLink';
import { RoomLanguageChoice } from './RoomLanguageChoice';
import './RoomControls.css';

const WORDS = {
  get region() {
    return t('meeting.RoomControls.region');
  },
  get shows() {
    return t('meeting.RoomControls.shows');
  },
  get fromStep() {
    return t('meeting.RoomControls.fromStep');
  },
  get sentByYou() {
    return t('meeting.RoomControls.sentByYou');
  },
  get nothing() {
    return t('meeting.RoomControls.nothing');
  },
  get join() {
    return t('meeting.RoomControls.join');
  },
  get show() {
    return t('meeting.RoomControls.show');
  },
  get showJoin() {
    return t('meeting.RoomControls.showJoin');
  },
  get backToStep() {
    return t('meeting.RoomControls.backToStep');
  },
  get previous() {
    return t('meeting.RoomControls.previous');
  },
  get next() {
    return t('meeting.RoomControls.next');
  },
  page: (at: number, of: number | null) =>
    of === null ? t('meeting.RoomControls.page', { at }) : t('meeting.RoomControls.pageOf', { at, of }),
  pace: (seconds: number) => (seconds === 0 ? t('meeting.RoomControls.paceByHand') : t('meeting.RoomControls.paceEvery', { seconds })),
};

/** What the chair's "Show on the room screen" sends for where the chair is: parts the room has no view of send the whole board. */
function sendable(focus: FocusTarget): FocusTarget {
  return focus === 'network' || focus.startsWith('house:') ? 'map' : focus;
}

/** The next pace a press on "Pages turn" chooses, round to the chair turning them. */
function nextPace(seconds: number): number {
  const at = (ROOM_PACES as readonly number[]).indexOf(seconds);
  return ROOM_PACES[(at + 1) % ROOM_PACES.length] ?? 0;
}

function describe(target: RoomTarget | null): string {
  if (target === null) return WORDS.nothing;
  return target === ROOM_JOIN ? WORDS.join : focusText(target);
}

/**
 * The chair's hold on the room screen: what it shows, "Show on the room screen" for the part the
 * chair is on (down to the column or domain), the join code, and its pages. Nothing else the chair
 * does moves the room screen.
 */
export function RoomControls({ focus }: { readonly focus: FocusTarget }) {
  const { connection } = useBoardSession();
  const { doc, awareness } = connection;
  const view = useDocView(doc, readRoomScreen);
  const readCount = useCallback((states: PresenceStates) => roomPageCount(states, view.key), [view.key]);
  const pages = useAwarenessView(awareness, readCount);
  const joinLink = useSharedLink('participant');
  const send = sendable(focus);

  // The join link travels in the chair's presence only while the room shows the join code.
  const showingJoin = view.target === ROOM_JOIN;
  useEffect(() => {
    awareness.setLocalStateField(ROOM_JOIN_FIELD, showingJoin ? joinLink : null);
  }, [awareness, showingJoin, joinLink]);

  // While the room turns pages by itself, the chair's "Page 2 of 3" keeps up.
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (view.paceSeconds === 0) return undefined;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [view.paceSeconds]);
  const pageNow = () => roomPageAt(view, pages ?? Number.MAX_SAFE_INTEGER, Date.now());
  const at = roomPageAt(view, pages ?? Number.MAX_SAFE_INTEGER, now);
  return (
    <section className="room-controls" aria-label={WORDS.region}>
      <p className="room-controls__now">
        {WORDS.shows} <strong>{describe(view.target)}</strong> {view.sent ? WORDS.sentByYou : WORDS.fromStep}
      </p>
      <div className="room-controls__actions">
        <button type="button" className="button button--secondary" onClick={() => showOnRoomScreen(doc, send)} title={focusText(send)}>
          {WORDS.show}
        </button>
        {joinLink && (
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={showingJoin}
            onClick={() => showOnRoomScreen(doc, ROOM_JOIN)}
          >
            {WORDS.showJoin}
          </button>
        )}
        {view.sent && (
          <button type="button" className="button button--secondary" onClick={() => showStepOnRoomScreen(doc)}>
            {WORDS.backToStep}
          </button>
        )}
      </div>
      {/* In the header only while it matters (chosen, or someone here reads another language); always on the Meeting part. */}
      <RoomLanguageChoice whenNeeded />
      {pages !== null && pages > 1 && (
        <div className="room-controls__pages">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => turnRoomPage(doc, Math.max(0, pageNow() - 1))}
            disabled={at === 0}
          >
            {WORDS.previous}
          </button>
          <span className="room-controls__page">{WORDS.page(at + 1, pages)}</span>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => turnRoomPage(doc, view.paceSeconds > 0 ? (pageNow() + 1) % pages : Math.min(pages - 1, pageNow() + 1))}
            disabled={view.paceSeconds === 0 && at >= pages - 1}
          >
            {WORDS.next}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setRoomPace(doc, nextPace(view.paceSeconds), pageNow())}
          >
            {WORDS.pace(view.paceSeconds)}
          </button>
        </div>
      )}
    </section>
  );
}
