/**
 * A person's interface language follows them between devices: it is kept on their person record
 * on the server (apps/server/SPEC.md I6). On a device where they never chose a language, the
 * record's language is used; a choice made on this device (in the name prompt or the header)
 * wins there, is kept on the device, and goes to their record. When the chair changes it while the
 * device is open, the change reaches the device through their network-list entry (the chair's
 * change writes it there too, languageInStep.ts) and applies at once where the device chose nothing.
 */
import { useCallback, useEffect, useRef } from 'react';
import { readNetwork } from '@kinboard/model';
import type * as Y from 'yjs';
import { useDocView } from '../../hooks/useDocView';
import { useBoardSession } from '../../hooks/boardContext';
import { useConnectionState } from '../../hooks/useConnectionState';
import { activateLocale, chosenOnThisPage, currentLocale, deviceHasChoice, isLocaleCode, onLocaleChosen } from '../../i18n';
import { interfaceLanguageOf } from './languageInStep';
import { peopleApi } from './peopleApi';

/** Keeps this device's interface language and the person's record in step; mount once per board screen. */
export function usePersonLanguage(): void {
  const { connection } = useBoardSession();
  const { me, loaded } = useConnectionState(connection);
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

  // The language on their network-list entry, as the chair changes it during the meeting.
  const readEntryLanguage = useCallback(
    (doc: Y.Doc) =>
      personId === null
        ? null
        : (readNetwork(doc).find((m) => m.kind !== 'interpreter' && m.personIds.includes(personId))?.language ?? null),
    [personId],
  );
  const entryLanguage = useDocView(connection.doc, readEntryLanguage);
  const before = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    // What the board said when it arrived is where this device starts; only later changes move it.
    if (!loaded) return;
    const previous = before.current;
    before.current = entryLanguage;
    if (previous === undefined || previous === entryLanguage) return;
    const code = interfaceLanguageOf(entryLanguage);
    if (code !== null && isLocaleCode(code) && !deviceHasChoice() && chosenOnThisPage() === null && code !== currentLocale()) {
      void activateLocale(code);
    }
  }, [loaded, entryLanguage]);
}
