import { type ComponentType, Suspense, lazy } from 'react';

/**
 * A piece of a screen whose code loads the first time it is drawn, with its own Suspense: the rest
 * of the screen is drawn and usable at once, and the piece appears when its code has come (issue 21:
 * the code a board link needs before the board is usable). For pieces below the first screen or
 * shown to few people: each one drawn is a request and a moment without it.
 */
export function lazyPiece<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function Piece(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Piece;
}
