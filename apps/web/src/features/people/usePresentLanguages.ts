import { useEffect, useMemo, useState } from 'react';
import { INTERFACE_LANGUAGES, isInterfaceLanguage, readNetwork, type InterfaceLanguage } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useDocView } from '../../hooks/useDocView';
import { peopleApi, type PersonOnBoard } from './peopleApi';

/** How often the chair's room controls ask who is here and in which language. */
const POLL_MS = 10_000;

/**
 * The interface languages of the people taking part now, most common first, English left out (the
 * room screen shows it anyway): from the language on the record of each person connected (the
 * chair's list), and the language on the network entry of each person taking part (in the room,
 * by phone, remote, or connected), an interpreter's included. For the chair only.
 */
export function usePresentLanguages(): readonly InterfaceLanguage[] {
  const { connection } = useBoardSession();
  const members = useDocView(connection.doc, readNetwork);
  const [people, setPeople] = useState<readonly PersonOnBoard[]>([]);

  useEffect(() => {
    const api = peopleApi(connection.boardId, connection.secret, connection.credential);
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const list = await api.list();
      if (stopped) return;
      if (list.ok) setPeople(list.value.people);
      timer = setTimeout(load, POLL_MS);
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [connection]);

  return useMemo(() => {
    const here = new Set(people.filter((p) => p.connected).map((p) => p.id));
    const counts = new Map<InterfaceLanguage, number>();
    const count = (code: string | null | undefined) => {
      if (!isInterfaceLanguage(code) || code === 'en') return;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    };
    for (const person of people) if (person.connected) count(person.language);
    for (const member of members) {
      const takesPart = member.attendance !== 'not-present' || member.personIds.some((id) => here.has(id));
      if (takesPart) count(member.language?.split('-')[0]);
    }
    return INTERFACE_LANGUAGES.filter((code) => counts.has(code)).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  }, [people, members]);
}
