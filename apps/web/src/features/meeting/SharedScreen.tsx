import { Suspense, type ReactNode } from 'react';
import type { FocusTarget } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { RoomScreen } from '../room';
import { useMeeting } from './meetingContext';
import { useStepTimer } from './useMeetingDoc';
import { StepClock } from './StepClock';

interface SharedScreenProps {
  readonly title: string;
  /** Renders the other parts read-only, for what the room screen has no view of its own for. */
  readonly renderPart: (focus: FocusTarget) => ReactNode;
}

/**
 * The TV in the room: what the meeting is on (the board's room-screen state, see the room
 * feature), with the step, its timer, the lock and who is here. Nothing on it can change the board.
 */
export function SharedScreen({ title, renderPart }: SharedScreenProps) {
  const { status, sharedScreen } = useMeeting();
  return (
    <Suspense fallback={null}>
      <RoomScreen title={title} locked={status.locked} clock={<RoomClock />} onLeave={sharedScreen.close} renderPart={renderPart} />
    </Suspense>
  );
}

/** Its own component, so the clock's ticking re-renders only the clock. */
function RoomClock() {
  const { connection } = useBoardSession();
  const timer = useStepTimer(connection.doc);
  return timer ? <StepClock reading={timer} big announce /> : null;
}
