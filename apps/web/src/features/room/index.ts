/**
 * The screen in the room: what the meeting is on, from the board's room-screen state, paged to
 * fit, readable across a room; and what room screens and the chair tell each other in presence.
 */
import { lazy } from 'react';

// Only a device turned into the room's screen needs it: its code loads then (wrap it in `<Suspense>`).
export const RoomScreen = lazy(() => import('./RoomScreen').then((m) => ({ default: m.RoomScreen })));
export type { RoomScreenProps } from './RoomScreen';
export { ROOM_JOIN_FIELD, roomPageCount } from './roomPresence';
