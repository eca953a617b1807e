import { useMeeting } from './meetingContext';
import { focusText } from './follow';
import { t } from '../../i18n';
import './FollowChip.css';

/** "Following Jo" with a way out, or an offer to follow when a chair is here. */
export function FollowChip() {
  const { role, chairFocus, sharedScreen } = useMeeting();
  const { chair, following, follow, stopFollowing } = chairFocus;
  if (role === 'facilitator' && !chair) return null;
  if (!chair || sharedScreen.on) return null;
  if (!following) {
    return (
      <button type="button" className="button button--secondary follow-chip__offer" onClick={follow}>
        {t('meeting.FollowChip.follow', { name: chair.name })}
      </button>
    );
  }
  return (
    <p className="follow-chip" role="status">
      <span>
        <strong>{t('meeting.FollowChip.following', { name: chair.name })}</strong>
        {chair.focus && <span className="follow-chip__where">: {focusText(chair.focus)}</span>}
      </span>
      <button type="button" className="button button--secondary" onClick={stopFollowing}>
        {t('meeting.FollowChip.stopFollowing')}
      </button>
    </p>
  );
}
