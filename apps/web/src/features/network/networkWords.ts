/** How the network's choices are said on screen. */
import type { Attendance, MemberKind } from '@kinboard/model';

export const ATTENDANCE_WORDS: Readonly<Record<Attendance, string>> = {
  'in-room': 'In the room',
  remote: 'Joining from elsewhere',
  phone: 'On the phone',
  'not-present': 'Not at this meeting',
};

export const KIND_WORDS: Readonly<Record<MemberKind, string>> = {
  family: 'Family',
  friend: 'Friend',
  professional: 'Professional',
  child: 'Child or young person',
  interpreter: 'Interpreter',
  other: 'Someone else',
};
