import type { ConnectionPhase } from '../connection/connectionState';
import { ConnectionStatus } from './ConnectionStatus';
import { t } from '../i18n';
import './LoadingBoard.css';

interface LoadingBoardProps {
  readonly phase: ConnectionPhase;
  readonly notice?: string | null;
}

/** Shown until the board has arrived from the server for the first time. */
export function LoadingBoard({ phase, notice }: LoadingBoardProps) {
  return (
    <main className="page page--narrow loading" id="main" aria-busy="true">
      <p className="brand">Kinboard</p>
      <h1>{t('board.LoadingBoard.openingTheBoard')}</h1>
      <ConnectionStatus phase={phase} />
      {phase === 'offline' && <p role="status">{t('board.LoadingBoard.thisDeviceIsNotConnected')}</p>}
      {notice && <p>{notice}</p>}
    </main>
  );
}
