import { useCallback, useEffect, useState } from 'react';
import { fetchMyBoards, type MyBoard, openMyBoard } from './staffApi';
import { HandOverForm } from './HandOverForm';
import { formatDate, t } from '../i18n';
import './myBoards.css';

/** Boards within this many days of deletion show the date prominently. */
const NEARING_END_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

const dateFormat = { format: (date: Date | number) => formatDate(date, { day: 'numeric', month: 'long', year: 'numeric' }) };
const dateTimeFormat = {
  format: (date: Date | number) =>
    formatDate(date, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }),
};

interface MyBoardsProps {
  /** Changes whenever the list should be fetched again (after a new board is made). */
  readonly refreshKey: number;
}

/** A signed-in chair's boards: made by them or handed to them, most recently used first. */
export function MyBoards({ refreshKey }: MyBoardsProps) {
  const [boards, setBoards] = useState<readonly MyBoard[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [handingOver, setHandingOver] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await fetchMyBoards();
    if (result.ok) {
      setBoards(result.value);
      setError(null);
    } else setError(result.message);
  }, []);

  useEffect(() => {
    void refreshKey;
    void load();
  }, [load, refreshKey]);

  async function open(board: MyBoard) {
    setBusy(board.id);
    const result = await openMyBoard(board.id);
    if (result.ok) {
      window.location.assign(result.value);
      return;
    }
    setBusy(null);
    setError(result.message);
  }

  return (
    <section className="card my-boards" aria-labelledby="my-boards-heading">
      <h2 id="my-boards-heading">{t('home.MyBoards.myBoards')}</h2>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <p className="my-boards__notice" role="status">
        {notice}
      </p>
      {boards === null && !error && <p>{t('home.MyBoards.loadingYourBoards')}</p>}
      {boards?.length === 0 && <p>{t('home.MyBoards.youHaveNoBoardsYet')}</p>}
      {boards && boards.length > 0 && (
        <ul className="my-boards__list">
          {boards.map((board) => {
            const deletesAt = board.deletesAt === null ? null : new Date(board.deletesAt);
            const nearingEnd = deletesAt !== null && deletesAt.getTime() - Date.now() < NEARING_END_DAYS * DAY_MS;
            return (
              <li key={board.id} className="my-boards__item">
                <h3 className="my-boards__title">{board.title}</h3>
                <p className="my-boards__meta">
                  {t('home.MyBoards.lastUsed', { format: dateTimeFormat.format(new Date(board.lastActiveAt)) })}
                </p>
                {nearingEnd && deletesAt && (
                  <p className="my-boards__ending">{t('home.MyBoards.willBeDeletedOnUnless', { format: dateFormat.format(deletesAt) })}</p>
                )}
                <div className="my-boards__actions">
                  <button type="button" className="button button--primary" onClick={() => open(board)} disabled={busy === board.id}>
                    {t('home.MyBoards.openAsFacilitator')}
                    <span className="visually-hidden">: {board.title}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-expanded={handingOver === board.id}
                    onClick={() => setHandingOver(handingOver === board.id ? null : board.id)}
                  >
                    {t('home.MyBoards.handToAColleague')}
                    <span className="visually-hidden">: {board.title}</span>
                  </button>
                </div>
                {handingOver === board.id && (
                  <HandOverForm
                    board={board}
                    onCancel={() => setHandingOver(null)}
                    onHandedOver={(colleague) => {
                      setHandingOver(null);
                      setNotice(t('home.MyBoards.handedOver', { title: board.title, name: colleague.name }));
                      void load();
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
