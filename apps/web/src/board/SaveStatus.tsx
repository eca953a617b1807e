import './SaveStatus.css';
import { useUnsentDrafts } from '../lib/unsentDrafts';

/**
 * Whether this device's words are safely on the server: its changes to the board, and any draft
 * kept here on purpose until it is sent (a blind-round answer). "All changes saved" only when both are.
 */
export function SaveStatus({ everythingSaved }: { readonly everythingSaved: boolean }) {
  const drafts = useUnsentDrafts();
  const saved = everythingSaved && drafts === null;
  const words = !everythingSaved
    ? 'Saving…'
    : drafts === 'answer'
      ? 'Your answer is not sent yet'
      : drafts === 'words'
        ? 'Some words are not added yet'
        : 'All changes saved';
  return (
    <p className={saved ? 'save-status save-status--saved' : 'save-status save-status--saving'} role="status">
      {words}
    </p>
  );
}
