import { HomePage } from './home/HomePage';
import { BoardPage } from './board/BoardPage';
import { NotFoundPage } from './NotFoundPage';
import { boardIdFromPath } from './lib/boardLink';

/** Two pages: the home page that makes boards, and a board opened from its link. */
export function App() {
  const { pathname } = window.location;
  if (pathname === '/' || pathname === '/index.html') return <HomePage />;
  if (boardIdFromPath(pathname)) return <BoardPage />;
  return <NotFoundPage />;
}
