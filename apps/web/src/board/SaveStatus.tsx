import './SaveStatus.css';
import { useUnsentDrafts } from '../lib/unsentDrafts';
import { t } from '../i18n';

/**
 * Whether this device's words are safely on the server: its changes to the board, and any draft
 * kept here on purpose until it is sent (a blind-round answer). "All changes saved" only when both are.
 *
 * The words on screen change with every keystroke, so they are not a live region; what a screen
 * reader hears about the connection and saving comes from ConnectionNews.
 */
export function SaveStatus({ everythingSaved }: { readonly everythingSaved: boolean }) {
  const drafts = useUnsentDrafts();
  const saved = everythingSaved && drafts === null;
  const words = !everythingSaved
    ? t('board.SaveStatus.saving')
    : drafts === 'answer'
      ? t('board.SaveStatus.answerNotSent')
      : drafts === 'words'
        ? t('board.SaveStatus.wordsNotAdded')
        : t('board.SaveStatus.allSaved');
  return (
    <p className={saved ? 'save-status save-status--saved' : 'save-status save-status--saving'}>
      <span className="save-status__words">{words}</span>
    </p>
  );
}
