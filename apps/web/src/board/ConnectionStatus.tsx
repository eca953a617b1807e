import { CONNECTION_TEXT, type ConnectionPhase } from '../connection/connectionState';
import './ConnectionStatus.css';

/**
 * The connection in one word or two. Not a live region: it changes on every blip, and
 * ConnectionNews tells a screen reader only what matters.
 */
export function ConnectionStatus({ phase }: { readonly phase: ConnectionPhase }) {
  const shown = phase === 'failed' ? 'offline' : phase;
  return (
    <p className={`status-pill status-pill--${shown}`}>
      <span className="status-pill__dot" aria-hidden="true" />
      <span className="status-pill__words">{CONNECTION_TEXT[shown]}</span>
    </p>
  );
}
