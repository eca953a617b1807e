import { CONNECTION_TEXT, type ConnectionPhase } from '../connection/connectionState';
import './ConnectionStatus.css';

/** The connection in one word or two; a status region so screen readers hear changes. */
export function ConnectionStatus({ phase }: { readonly phase: ConnectionPhase }) {
  const shown = phase === 'failed' ? 'offline' : phase;
  return (
    <p className={`status-pill status-pill--${shown}`} role="status">
      <span className="status-pill__dot" aria-hidden="true" />
      <span className="status-pill__words">{CONNECTION_TEXT[shown]}</span>
    </p>
  );
}
