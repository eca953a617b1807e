import { CloseCode } from '@kinboard/model';
import type { TicketResult } from '../api/ticketRequest';
import type { FailureCode } from './connectionState';

type Refusal = Extract<TicketResult, { kind: 'refused' }>['reason'];

/**
 * What a refused ticket request means for a connection: start again as a newcomer (the server no
 * longer knows this device), the board leaving a removed person's screen, or a final failure.
 * A board this device has shown, now unknown to the server, was deleted while the device was
 * away: said as plainly as a 4404 close, so its content leaves the screen and storage.
 */
export function refusalOutcome(reason: Refusal, loaded: boolean): 'startAgain' | 'removed' | FailureCode {
  switch (reason) {
    case 'unknownDevice':
      return loaded ? 'removed' : 'startAgain';
    case 'link':
      return CloseCode.unauthorised;
    case 'turnedAway':
      return 'turnedAway';
    case 'unknownBoard':
      return loaded ? CloseCode.boardGone : 'unknownBoard';
  }
}
