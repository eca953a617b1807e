import { t } from '../i18n';
import './KeptWordsNote.css';

/**
 * "Your unsent words are kept.", under a box whose words came back after it went away (another
 * part was opened). The box names it in aria-describedby, so a screen reader hears it there.
 */
export function KeptWordsNote({ words }: { readonly words: { readonly restored: boolean; readonly noteId: string } }) {
  if (!words.restored) return null;
  return (
    <p className="kept-words-note" id={words.noteId}>
      {t('ui.KeptWordsNote.kept')}
    </p>
  );
}
