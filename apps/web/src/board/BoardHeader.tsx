import type { ConnectionState } from '../connection/connectionState';
import { ConnectionStatus } from './ConnectionStatus';
import { SaveStatus } from './SaveStatus';
import { PeopleHere } from './PeopleHere';
import { EyeIcon } from '../icons';
import { HeaderActions, LockBanner, MeetingStrip } from '../features/meeting';
import { LanguageSelect, t } from '../i18n';
import './BoardHeader.css';

interface BoardHeaderProps {
  readonly title: string;
  readonly state: ConnectionState;
  /** The facilitator has locked the board: only facilitators can change it. */
  readonly locked: boolean;
}

const ROLE_TEXT = {
  get facilitator() {
    return t('board.BoardHeader.role.facilitator');
  },
  get participant() {
    return t('board.BoardHeader.role.participant');
  },
  get viewer() {
    return t('board.BoardHeader.role.viewer');
  },
} as const;

export function BoardHeader({ title, state, locked }: BoardHeaderProps) {
  const viewing = state.role === 'viewer';
  return (
    <header className="board-header">
      <div className="board-header__top">
        <div className="board-header__title">
          <p className="brand brand--small">Kinboard</p>
          <h1>{title || t('board.BoardHeader.meetingBoard')}</h1>
        </div>
        <div className="board-header__status">
          <LanguageSelect />
          <ConnectionStatus phase={state.phase} />
          {!viewing && <SaveStatus everythingSaved={state.everythingSaved} />}
          <HeaderActions />
        </div>
      </div>
      {state.phase === 'failed' && (
        <div className="alert alert--board" role="alert">
          <p>{state.failure ?? t('board.BoardHeader.theConnectionToThisBoard')}</p>
        </div>
      )}
      {viewing && (
        <p className="banner banner--viewing">
          <EyeIcon />
          <span>
            <strong>{t('board.BoardHeader.youAreViewingThisBoard')}</strong> {t('board.BoardHeader.youWillSeeChangesAs')}
          </span>
        </p>
      )}
      {locked && <LockBanner role={state.role} />}
      {state.phase === 'offline' && (
        <p className="banner banner--offline" role="status">
          {t('board.BoardHeader.youAreOffline')}{' '}
          {viewing || locked ? t('board.BoardHeader.theBoardWillUpdateWhen') : t('board.BoardHeader.youCanKeepWorkingYour')}
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
