import type { ConnectionState } from '../connection/connectionState';
import { ConnectionStatus } from './ConnectionStatus';
import { SaveStatus } from './SaveStatus';
import { PeopleHere } from './PeopleHere';
import { EyeIcon } from '../icons';
import { HeaderActions, LockBanner, MeetingStrip } from '../features/meeting';
import './BoardHeader.css';

interface BoardHeaderProps {
  readonly title: string;
  readonly state: ConnectionState;
  /** The facilitator has locked the board: only facilitators can change it. */
  readonly locked: boolean;
}

const ROLE_TEXT = {
  facilitator: 'You are running this meeting',
  participant: 'You can add and change statements',
  viewer: 'You are viewing this board',
} as const;

export function BoardHeader({ title, state, locked }: BoardHeaderProps) {
  const viewing = state.role === 'viewer';
  return (
    <header className="board-header">
      <div className="board-header__top">
        <div className="board-header__title">
          <p className="brand brand--small">Kinboard</p>
          <h1>{title || 'Meeting board'}</h1>
        </div>
        <div className="board-header__status">
          <ConnectionStatus phase={state.phase} />
          {!viewing && <SaveStatus everythingSaved={state.everythingSaved} />}
          <HeaderActions />
        </div>
      </div>
      {state.phase === 'failed' && (
        <div className="alert alert--board" role="alert">
          <p>{state.failure ?? 'The connection to this board was closed.'}</p>
        </div>
      )}
      {viewing && (
        <p className="banner banner--viewing">
          <EyeIcon />
          <span>
            <strong>You are viewing this board.</strong> You will see changes as they happen, but you cannot change anything.
          </span>
        </p>
      )}
      {locked && <LockBanner role={state.role} />}
      {state.phase === 'offline' && (
        <p className="banner banner--offline" role="status">
          You are offline.{' '}
          {viewing || locked
            ? 'The board will update when you reconnect.'
            : 'You can keep working: your changes are kept on this device and will be saved when you reconnect.'}
        </p>
      )}
      {state.phase === 'reconnecting' && state.notice && (
        <p className="banner banner--offline" role="status">
          {state.notice}
        </p>
      )}
      <div className="board-header__here">
        {!viewing && !locked && state.role && <p className="board-header__role">{ROLE_TEXT[state.role]}</p>}
        <PeopleHere />
      </div>
      <MeetingStrip />
    </header>
  );
}
