import { useId, useState } from 'react';
import { useBoardSession } from '../../hooks/boardContext';
import { useMeeting } from './meetingContext';
import { forgetBoard } from '../../lib/boardMemory';
import './meetingPanel.css';

/** Deleting the board for good, after typing its title. */
export function DeleteBoardPanel({ title }: { readonly title: string }) {
  const { connection } = useBoardSession();
  const { admin } = useMeeting();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const expected = title.trim() || 'Meeting board';
  const matches = typed.trim().toLowerCase() === expected.toLowerCase();

  async function remove(event: React.FormEvent) {
    event.preventDefault();
    if (!matches) return setProblem(`Type the board's title, “${expected}”, to delete it.`);
    setBusy(true);
    setProblem(null);
    const result = await admin.deleteBoard();
    setBusy(false);
    if (!result.ok) return setProblem(result.message);
    forgetBoard(connection.boardId);
  }

  return (
    <section className="meeting-panel meeting-panel--danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete this board</h2>
      <p>
        Deleting removes the board, its past meeting records and its audit trail for good. Everyone who has it open will see that it was
        deleted. This cannot be undone.
      </p>
      <form onSubmit={remove}>
        <label className="field__label" htmlFor={id}>
          To delete, type the board’s title: “{expected}”
        </label>
        <div className="meeting-panel__row">
          <input id={id} className="input input--inline" value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="button button--danger" disabled={busy}>
            Delete the board for good
          </button>
        </div>
      </form>
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
