import { Suspense, lazy } from 'react';
import { BoardPage } from './board/BoardPage';
import { NotFoundPage } from './NotFoundPage';
import { boardIdFromPath } from './lib/boardLink';

// Someone opening a board link never downloads the home page's code.
const HomePage = lazy(() => import('./home/HomePage').then((m) => ({ default: m.HomePage })));

/** Two pages: the home page that makes boards, and a board opened from its link. */
export function App() {
  const { pathname } = window.location;
  if (pathname === '/' || pathname === '/index.html') {
    return (
      <Suspense fallback={null}>
        <HomePage />
      </Suspense>
    );
  }
  if (boardIdFromPath(pathname)) return <BoardPage />;
  return <NotFoundPage />;
}
