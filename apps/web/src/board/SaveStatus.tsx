import './SaveStatus.css';
/** Whether this device's changes are safely on the server. */
export function SaveStatus({ everythingSaved }: { readonly everythingSaved: boolean }) {
  return (
    <p className={everythingSaved ? 'save-status save-status--saved' : 'save-status save-status--saving'} role="status">
      {everythingSaved ? 'All changes saved' : 'Saving…'}
    </p>
  );
}
