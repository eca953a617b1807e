/**
 * Where this screen is looking, and how it follows the chair. A facilitator's focus goes into
 * their presence; a follower's screen moves with the chair they follow; a summon ("bring everyone
 * here") moves every screen once. Choosing a part yourself stops following.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { readSummon, type FocusTarget } from '@kinboard/model';
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
}

function useChairs(awareness: Awareness): readonly ChairHere[] {
  const store = useMemo(() => {
    const read = () => chairsHere(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID);
    let chairs = read();
    let key = JSON.stringify(chairs);
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          const next = read();
          const nextKey = JSON.stringify(next);
          if (nextKey === key) return;
          chairs = next;
          key = nextKey;
          listener();
        };
        awareness.on('change', onChange);
        return () => awareness.off('change', onChange);
      },
      getSnapshot: () => chairs,
    };
  }, [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export function useChairFocus(doc: Y.Doc, awareness: Awareness, role: Role | null, followAtStart: boolean): ChairFocus {
  const [focus, setFocus] = useState<FocusTarget>('map');
  const [following, setFollowing] = useState(followAtStart && role !== 'facilitator');
  const [chosenChair, setChosenChair] = useState<string | null>(null);
  const chairs = useChairs(awareness);
  const chair = chairToFollow(chairs, chosenChair);
  const summon = useDocView(doc, readSummon);
  const seenSummon = useRef(summon?.at ?? 0);

  useEffect(() => {
    if (role === 'facilitator') awareness.setLocalStateField(FOCUS_FIELD, focus);
  }, [awareness, role, focus]);

  const next = followerFocus(following, chair, focus);
  useEffect(() => {
    if (next) setFocus(next);
  }, [next]);

  useEffect(() => {
    if (!isNewSummon(summon, seenSummon.current)) return;
    seenSummon.current = summon.at;
    setFocus(summon.target);
  }, [summon]);

  const choose = useCallback((target: FocusTarget) => {
    setFollowing(false);
    setFocus(target);
  }, []);
  const follow = useCallback(() => {
    if (!chair) return;
    setChosenChair(chair.id);
    setFollowing(true);
  }, [chair]);
  const stopFollowing = useCallback(() => setFollowing(false), []);

  const isFollowing = following && chair !== null;
  return useMemo(() => ({ focus, choose, chair, following: isFollowing, follow, stopFollowing }), [focus, choose, chair, isFollowing, follow, stopFollowing]);
}
