/**
 * A person's interface language follows them between devices: it is kept on their person record
 * on the server (apps/server/SPEC.md I6). On a device where they never chose a language, the
 * record's language is used; a choice made on this device (in the name prompt or the header)
 * wins there, is kept on the device, and goes to their record.
 */
import { useEffect } from 'react';
import { useBoardSession } from '../../hooks/boardContext';
import { useConnectionState } from '../../hooks/useConnectionState';
import { activateLocale, chosenOnThisPage, currentLocale, deviceHasChoice, isLocaleCode, onLocaleChosen } from '../../i18n';
import { peopleApi } from './peopleApi';

/** Keeps this device's interface language and the person's record in step; mount once per board screen. */
export function usePersonLanguage(): void {
  const { connection } = useBoardSession();
  const { me } = useConnectionState(connection);
  const personId = me?.id ?? null;
  const recorded = me?.language ?? null;

  useEffect(() => {
    if (personId === null) return undefined;
    // Made now, not before: a shared-link device gets its credential with its first ticket.
    const api = peopleApi(connection.boardId, connection.secret, connection.credential);
    let known = recorded;
    const send = (code: string) => {
      if (code === known) return;
      known = code;
      void api.setLanguage(personId, code);
    };
    const chosen = chosenOnThisPage();
    if (chosen !== null) send(chosen);
    else if (!deviceHasChoice() && recorded !== null && isLocaleCode(recorded) && recorded !== currentLocale()) {
      void activateLocale(recorded);
    }
    return onLocaleChosen(send);
  }, [connection, personId, recorded]);
}
