import { useEffect, useState } from 'react';
import type { CreatedBoard } from '../api/createBoardRequest';
import { CreateBoardForm } from './CreateBoardForm';
import { BoardLinks } from './BoardLinks';
import { rememberLinks } from '../lib/boardMemory';

/** Makes a new meeting board and hands out its three links. */
export function HomePage() {
  const [created, setCreated] = useState<{ board: CreatedBoard; title: string } | null>(null);

  useEffect(() => {
    document.title = created ? `Links for ${created.title} – Kinboard` : 'Kinboard – a live board for family meetings';
  }, [created]);

  return (
    <div className="home">
      <header className="home__header">
        <div className="page page--narrow">
          <h1 className="home__brand">Kinboard</h1>
          <p className="home__tagline">
            A shared board for family network meetings and child protection conferences. Everyone sees the same three
            questions and can add to them as you talk.
          </p>
        </div>
      </header>
      <main className="page page--narrow" id="main">
        {created ? (
          <BoardLinks board={created.board} title={created.title} onStartAgain={() => setCreated(null)} />
        ) : (
          <CreateBoardForm
            onCreated={(board, title) => {
              // This tab may show the links again on the board's Meeting part (kept for the tab's life only).
              rememberLinks(board.id, board.links);
              setCreated({ board, title });
            }}
          />
        )}
      </main>
    </div>
  );
}
