/**
 * What the locked-board banner says to each person: who locked it, why they cannot change
 * anything, what they can still do, and when that ends. Plain words: families read this mid-meeting.
 */
import type { Role } from '../../api/roles';
import { t } from '../../i18n';

export interface LockText {
  readonly headline: string;
  readonly explanation: string;
}

export function lockText(role: Role | null): LockText {
  if (role === 'facilitator') {
    return {
      headline: t('meeting.lock.headline'),
      explanation: t('meeting.lock.facilitator'),
    };
  }
  if (role === 'viewer') {
    return {
      headline: t('meeting.lock.headline'),
      explanation: t('meeting.lock.viewer'),
    };
  }
  return {
    headline: t('meeting.lock.participantHeadline'),
    explanation: t('meeting.lock.participant'),
  };
}
