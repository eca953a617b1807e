import { lazy, Suspense } from 'react';
import type { DrawAreaProps } from './drawAreaProps';
import { DrawErrorBoundary } from './DrawErrorBoundary';
import { t } from '../../i18n';

const DrawCanvas = lazy(() => import('./DrawCanvas'));

/**
 * The board's "Draw" part. Lazy: tldraw is fetched the first time this renders, never with the
 * board itself.
 *
 * @example
 * <DrawArea doc={connection.doc} awareness={connection.awareness} role={state.role}
 *   userId={me.id} userName={me.name} userColor={color} />
 */
export function DrawArea(props: DrawAreaProps) {
  return (
    <DrawErrorBoundary>
      <Suspense fallback={<p className="draw__loading">{t('draw.DrawArea.openingTheDrawing')}</p>}>
        <DrawCanvas {...props} />
      </Suspense>
    </DrawErrorBoundary>
  );
}
