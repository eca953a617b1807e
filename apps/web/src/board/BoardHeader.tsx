import { useId, useState } from 'react';
import type { ConnectionState } from '../connection/connectionState';
import { ConnectionStatus } from './ConnectionStatus';
import { SaveStatus } from './SaveStatus';
import { ConnectionNews } from './ConnectionNews';
import { PeopleHere } from './PeopleHere';
import { usePeopleCount } from './usePeopleCount';
import { EditNewsSetting } from './EditNews';
import { EyeIcon } from '../icons';
import { HeaderActions, LockBanner, MeetingStrip } from '../features/meeting';
import { LanguageSelect, t } from '../i18n';
import { useNarrowScreen } from '../hooks/useNarrowScreen';
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

/** On a phone: the button that shows the rest of the header (who is here, the meeting, its tools). */
const MORE_TEXT = (people: number) => t('board.BoardHeader.hereMore', { count: people });

/**
 * The board's header. On a phone it folds into one line (the meeting, connection and save state,
 * the number of people here); the rest opens behind one button, so the board starts on the first screen.
 */
export function BoardHeader({ title, state, locked }: BoardHeaderProps) {
  const viewing = state.role === 'viewer';
  const [open, setOpen] = useState(false);
  const moreId = useId();
  const people = usePeopleCount();
  // One language choice on the page: in the status row, or behind "More" on a phone so the header stays one line.
  const narrow = useNarrowScreen();
  return (
    <header className={open ? 'board-header board-header--open' : 'board-header'}>
      <div className="board-header__top">
        <div className="board-header__title">
          <p className="brand brand--small">Kinboard</p>
          <h1>{title || t('board.BoardHeader.meetingBoard')}</h1>
        </div>
        <div className="board-header__status">
          {!narrow && <LanguageSelect />}
          <ConnectionStatus phase={state.phase} />
          <ConnectionNews phase={state.phase} everythingSaved={state.everythingSaved} readOnly={viewing || locked} />
          {!viewing && <SaveStatus everythingSaved={state.everythingSaved} />}
          <button
            type="button"
            className="board-header__toggle"
            aria-expanded={open}
            aria-controls={moreId}
            onClick={() => setOpen((o) => !o)}
          >
            {MORE_TEXT(people)}
            <span className="board-header__chevron" aria-hidden="true" />
          </button>
          <div className="board-header__actions">
            <HeaderActions />
          </div>
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
        <p className="banner banner--offline">
          {t('board.BoardHeader.youAreOffline')}{' '}
          {viewing || locked ? t('board.BoardHeader.theBoardWillUpdateWhen') : t('board.BoardHeader.youCanKeepWorkingYour')}
        </p>
      )}
      {state.phase === 'reconnecting' && state.notice && (
        <p className="banner banner--offline" role="status">
          {state.notice}
        </p>
      )}
      <div className="board-header__more" id={moreId}>
        {narrow && <LanguageSelect className="language-select board-header__language-more" />}
        <div className="board-header__here">
          {!viewing && !locked && state.role && <p className="board-header__role">{ROLE_TEXT[state.role]}</p>}
          <PeopleHere />
          <EditNewsSetting />
        </div>
        <MeetingStrip />
      </div>
    </header>
  );
}
