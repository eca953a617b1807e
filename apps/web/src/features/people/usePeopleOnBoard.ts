import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PeopleApi, PersonOnBoard, Waiting } from './peopleApi';

/** How often the chair's screen asks who is on the board and who is waiting. */
const POLL_MS = 2000;

export interface PeopleOnBoard {
  readonly people: readonly PersonOnBoard[];
  readonly waiting: readonly Waiting[];
  readonly admissionRequired: boolean | null;
  /** Plain words for the last failed request, if any. */
  readonly problem: string | null;
  readonly refresh: () => void;
}

/** The board's people and lobby as the server has them, kept fresh while the chair's screen shows them. */
export function usePeopleOnBoard(api: PeopleApi, active: boolean): PeopleOnBoard {
  const [people, setPeople] = useState<readonly PersonOnBoard[]>([]);
  const [waiting, setWaiting] = useState<readonly Waiting[]>([]);
  const [admissionRequired, setAdmissionRequired] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const [list, lobby, admission] = await Promise.all([api.list(), api.lobby(), api.admission()]);
      if (stopped) return;
      if (list.ok) setPeople(list.value.people);
      if (lobby.ok) setWaiting(lobby.value.waiting);
      if (admission.ok) setAdmissionRequired(admission.value.required);
      const failed = [list, lobby, admission].find((r) => !r.ok);
      setProblem(failed && !failed.ok ? failed.message : null);
      timer = setTimeout(load, POLL_MS);
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, active, tick]);

  return useMemo(() => ({ people, waiting, admissionRequired, problem, refresh }), [people, waiting, admissionRequired, problem, refresh]);
}
