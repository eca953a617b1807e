import type { ConnectionPhase } from '../connection/connectionState';
import { ConnectionStatus } from './ConnectionStatus';
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
      <h1>Opening the board…</h1>
      <ConnectionStatus phase={phase} />
      {phase === 'offline' && <p>This device is not connected to the internet. The board will open when it is.</p>}
      {notice && <p>{notice}</p>}
    </main>
  );
}
