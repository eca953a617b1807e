/**
 * Running the meeting: the agenda strip and timer, following the chair, the shared screen, the lock,
 * links, people, records and the board's deletion.
 */
import { lazy } from 'react';

/** The Meeting part; its code loads the first time it is opened (wrap it in `<Suspense>`). */
export const MeetingPart = lazy(() => import('./MeetingPart').then((m) => ({ default: m.MeetingPart })));
export { MeetingStrip } from './MeetingStrip';
export { HeaderActions } from './HeaderActions';
export { LockBanner } from './LockBanner';
export { SharedScreen } from './SharedScreen';
export { MeetingContext, type MeetingControls } from './meetingContext';
export { boardAdmin } from './boardAdminApi';
export { focusSection } from './follow';
export { useChairFocus } from './useChairFocus';
export { useSharedScreen } from './useSharedScreen';
export { NoMeetingWarning } from './NoMeetingWarning';
export { SummonNotice } from './SummonNotice';
