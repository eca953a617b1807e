import { useMeeting } from './meetingContext';
import { LockButton } from './LockButton';
import { t } from '../../i18n';
import './HeaderActions.css';

/** The header's meeting buttons: shared screen for anyone; the lock for the facilitator. */
export function HeaderActions() {
  const { role, sharedScreen } = useMeeting();
  return (
    <div className="header-actions">
      <button type="button" className="button button--secondary" data-opens="shared-screen" onClick={sharedScreen.open}>
        {t('meeting.HeaderActions.sharedScreen')}
      </button>
      {role === 'facilitator' && <LockButton />}
    </div>
  );
}
