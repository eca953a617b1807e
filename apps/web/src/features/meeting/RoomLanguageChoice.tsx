import { readRoomScreen, setRoomLanguage } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useDocView } from '../../hooks/useDocView';
import { LOCALES, t } from '../../i18n';
import { usePresentLanguages } from '../people';
import './RoomControls.css';

/**
 * The chair chooses a second language for the room screen; the languages of people taking part
 * come first. `whenNeeded` (the header) shows it only once a language is chosen or someone here
 * reads another language, so the header stays short in a meeting held in one language; the
 * Meeting part always offers it, for a family in the room without a device of their own.
 */
export function RoomLanguageChoice({ whenNeeded = false }: { readonly whenNeeded?: boolean }) {
  const { connection } = useBoardSession();
  const doc = connection.doc;
  const chosen = useDocView(doc, readRoomScreen).secondLanguage;
  const present = usePresentLanguages();
  if (whenNeeded && chosen === null && !present.some((code) => code !== 'en')) return null;
  const others = LOCALES.filter((l) => !(present as readonly string[]).includes(l.code));
  const option = (code: string) => (
    <option key={code} value={code} lang={code}>
      {LOCALES.find((l) => l.code === code)?.name ?? code}
    </option>
  );
  return (
    <label className="room-controls__language">
      <span>{t('meeting.RoomControls.secondLanguage')}</span>
      <select className="input" value={chosen ?? ''} onChange={(e) => setRoomLanguage(doc, e.target.value || null)}>
        <option value="">{t('meeting.RoomControls.noSecondLanguage')}</option>
        {present.length > 0 && <optgroup label={t('meeting.RoomControls.languagesHere')}>{present.map(option)}</optgroup>}
        <optgroup label={t('meeting.RoomControls.otherLanguages')}>{others.map((l) => option(l.code))}</optgroup>
      </select>
    </label>
  );
}
