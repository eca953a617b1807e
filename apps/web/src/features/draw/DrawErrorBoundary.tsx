import { Component, type ReactNode } from 'react';
import { t } from '../../i18n';

interface DrawErrorBoundaryState {
  readonly failed: boolean;
}

/**
 * Keeps the rest of the board working when the canvas cannot run here (an old browser, a chunk
 * that failed to download, a licence problem): a plain message in its place.
 */
export class DrawErrorBoundary extends Component<{ children: ReactNode }, DrawErrorBoundaryState> {
  override state: DrawErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): DrawErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('The drawing canvas stopped:', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="draw-failed" role="alert">
        <p>{t('draw.DrawErrorBoundary.theDrawingCannotOpenOn')}</p>
        <p>{t('draw.DrawErrorBoundary.tryReloadingThePageOr')}</p>
      </div>
    );
  }
}
