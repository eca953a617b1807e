/**
 * Where this screen is looking, and how it follows the chair. A facilitator's focus goes into
 * their presence; a follower's screen moves with the chair they follow; a summon ("bring everyone
 * here") moves every screen once. Choosing a part yourself stops following.
 *
 * A summon never moves someone while they type: it waits until they have stopped for a moment
 * (`pendingSummon` says where it will go, so the screen can tell them), and their words stay where
 * they were typed. `summoned` says where a summon took this screen, for the screen reader.
 *
 * Within the board, the chair's focus is as precise as where they work: putting the keyboard
 * focus or a click in a column or a domain (its heading, its statements) publishes that
 * `column:` or `domain:` target, without moving the chair's own screen. Presence is written
 * only when the published target changes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { isFocusTarget, readSummon, type FocusTarget } from '@kinboard/model';
import { partOf } from '../../board/boardFocus';
import { useAwarenessView } from '../../hooks/useAwarenessView';
import { useDocView } from '../../hooks/useDocView';
import type { Role } from '../../api/roles';
import { FOCUS_FIELD, chairToFollow, chairsHere, followerFocus, isNewSummon, type ChairHere } from './follow';

export interface ChairFocus {
  readonly focus: FocusTarget;
  /** This person chose a part of the board: go there (and stop following). */
  readonly choose: (target: FocusTarget) => void;
  /** The chair this screen would follow, if any is here. */
  readonly chair: ChairHere | null;
  readonly following: boolean;
  readonly follow: () => void;
  readonly stopFollowing: () => void;
  /** Where the chair's followers go: `focus`, or the column or domain within it the chair is working in. */
  readonly published: FocusTarget;
  /** A summon waiting for this person to stop typing, and where it goes. */
  readonly pendingSummon: FocusTarget | null;
  /** Go where the waiting summon goes, now. */
  readonly goNow: () => void;
  /** Where the last summon took this screen (until this person chooses a part themselves). */
  readonly summoned: FocusTarget | null;
}

/** How long after the last key press someone counts as having stopped typing. */
const STOPPED_TYPING_MS = 2500;
let lastKeyAt = 0;
if (typeof document !== 'undefined') {
  document.addEventListener(
    'keydown',
    () => {
      lastKeyAt = Date.now();
    },
    true,
  );
}

/** True while the focus is in a text box and a key was pressed there a moment ago. */
function typingNow(): boolean {
  const active = document.activeElement;
  const inTextBox =
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(active.type)) ||
    (active instanceof HTMLElement && active.isContentEditable);
  return inTextBox && Date.now() - lastKeyAt < STOPPED_TYPING_MS;
}

/** The `data-focus-target` of the innermost column or domain around `node`, if it is within the board. */
export function pointedTarget(node: EventTarget | null): FocusTarget | null {
  const element = node instanceof Element ? node.closest('[data-focus-target]') : null;
  const target = element?.getAttribute('data-focus-target');
  return isFocusTarget(target) && partOf(target) === 'map' ? target : null;
}

function useChairs(awareness: Awareness): readonly ChairHere[] {
  return useAwarenessView(awareness, chairsHere);
}

export function useChairFocus(doc: Y.Doc, awareness: Awareness, role: Role | null, followAtStart: boolean): ChairFocus {
  const [focus, setFocus] = useState<FocusTarget>('map');
  const [following, setFollowing] = useState(followAtStart && role !== 'facilitator');
  const [chosenChair, setChosenChair] = useState<string | null>(null);
  const chairs = useChairs(awareness);
  const chair = chairToFollow(chairs, chosenChair);
  const summon = useDocView(doc, readSummon);
  const seenSummon = useRef(summon?.at ?? 0);
  // Where in the part on screen the chair is working; it counts only while that part is still shown.
  const [pointed, setPointed] = useState<{ readonly within: FocusTarget; readonly target: FocusTarget } | null>(null);
  const published = pointed !== null && pointed.within === focus ? pointed.target : focus;

  useEffect(() => {
    if (role !== 'facilitator' || partOf(focus) !== 'map') return;
    const onPoint = (event: Event) => {
      const target = pointedTarget(event.target);
      if (target) setPointed((p) => (p?.within === focus && p.target === target ? p : { within: focus, target }));
    };
    document.addEventListener('focusin', onPoint);
    document.addEventListener('pointerdown', onPoint);
    return () => {
      document.removeEventListener('focusin', onPoint);
      document.removeEventListener('pointerdown', onPoint);
    };
  }, [role, focus]);

  useEffect(() => {
    if (role === 'facilitator') awareness.setLocalStateField(FOCUS_FIELD, published);
  }, [awareness, role, published]);

  const next = followerFocus(following, chair, focus);
  useEffect(() => {
    if (next) setFocus(next);
  }, [next]);

  const [pendingSummon, setPendingSummon] = useState<FocusTarget | null>(null);
  const [summoned, setSummoned] = useState<FocusTarget | null>(null);
  useEffect(() => {
    if (!isNewSummon(summon, seenSummon.current)) return;
    seenSummon.current = summon.at;
    setPendingSummon(summon.target);
  }, [summon]);

  const goNow = useCallback(() => {
    if (pendingSummon === null) return;
    setFocus(pendingSummon);
    setSummoned(pendingSummon);
    setPendingSummon(null);
  }, [pendingSummon]);

  // The summon goes as soon as this person is not typing (at once, for most people).
  useEffect(() => {
    if (pendingSummon === null) return undefined;
    if (!typingNow()) {
      goNow();
      return undefined;
    }
    const timer = setInterval(() => {
      if (!typingNow()) goNow();
    }, 500);
    return () => clearInterval(timer);
  }, [pendingSummon, goNow]);

  const choose = useCallback((target: FocusTarget) => {
    setFollowing(false);
    setFocus(target);
    setSummoned(null);
  }, []);
  const follow = useCallback(() => {
    if (!chair) return;
    setChosenChair(chair.id);
    setFollowing(true);
  }, [chair]);
  const stopFollowing = useCallback(() => setFollowing(false), []);

  const isFollowing = following && chair !== null;
  return useMemo(
    () => ({ focus, choose, chair, following: isFollowing, follow, stopFollowing, published, pendingSummon, goNow, summoned }),
    [focus, choose, chair, isFollowing, follow, stopFollowing, published, pendingSummon, goNow, summoned],
  );
}
