/**
 * The screen in the room: what the meeting is on, from the board's room-screen state, paged to
 * fit, readable across a room; and what room screens and the chair tell each other in presence.
 */
export { RoomScreen } from './RoomScreen';
export type { RoomScreenProps } from './RoomScreen';
export { ROOM_JOIN_FIELD, roomPageCount } from './roomPresence';
