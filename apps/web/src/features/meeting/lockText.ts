/**
 * What the locked-board banner says to each person: who locked it, why they cannot change
 * anything, what they can still do, and when that ends. Plain words: families read this mid-meeting.
 */
import type { Role } from '../../api/roles';

export interface LockText {
  readonly headline: string;
  readonly explanation: string;
}

export function lockText(role: Role | null): LockText {
  if (role === 'facilitator') {
    return {
      headline: 'The board is locked.',
      explanation:
        'Only you and other facilitators can change it now. Everyone else can still see it, and can add and change things again when you unlock it.',
    };
  }
  if (role === 'viewer') {
    return {
      headline: 'The board is locked.',
      explanation:
        'The person running the meeting has stopped all changes for now, so the board stays as it is while everyone looks at it together.',
    };
  }
  return {
    headline: 'The board is locked, so you cannot change anything right now.',
    explanation:
      'The person running the meeting has stopped changes for now, so that everyone looks at the same thing together. Nothing you wrote is lost, and you can still see everything. You can add and change things again when they unlock it.',
  };
}
