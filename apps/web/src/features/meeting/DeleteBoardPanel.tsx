import { useId, useState } from 'react';
import { useBoardSession } from '../../hooks/boardContext';
import { useMeeting } from './meetingContext';
import { forgetBoard } from '../../lib/boardMemory';
import { t } from '../../i18n';
import './meetingPanel.css';

/** Deleting the board for good, after typing its title. */
export function DeleteBoardPanel({ title }: { readonly title: string }) {
  const { connection } = useBoardSession();
  const { admin } = useMeeting();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const expected = title.trim() || t('board.BoardHeader.meetingBoard');
  const matches = typed.trim().toLowerCase() === expected.toLowerCase();

  async function remove(event: React.FormEvent) {
    event.preventDefault();
    if (!matches) return setProblem(t('meeting.DeleteBoardPanel.typeTitle', { expected }));
    setBusy(true);
    setProblem(null);
    const result = await admin.deleteBoard();
    setBusy(false);
    if (!result.ok) return setProblem(result.message);
    forgetBoard(connection.boardId);
  }

  return (
    <section className="meeting-panel meeting-panel--danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('meeting.DeleteBoardPanel.deleteThisBoard')}</h2>
      <p>{t('meeting.DeleteBoardPanel.deletingRemovesTheBoardIts')}</p>
      <form onSubmit={remove}>
        <label className="field__label" htmlFor={id}>
          {t('meeting.DeleteBoardPanel.toDeleteTypeTheBoard', { expected })}
        </label>
        <div className="meeting-panel__row">
          <input id={id} className="input input--inline" value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="button button--danger" disabled={busy}>
            {t('meeting.DeleteBoardPanel.deleteTheBoardForGood')}
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
