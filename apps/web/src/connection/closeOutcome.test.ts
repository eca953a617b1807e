import { describe, expect, it } from 'vitest';
import { CloseCode } from '@kinboard/model';
import { closeOutcome } from './closeOutcome';

describe('closeOutcome', () => {
  it('waits for an unlock when a participant or facilitator is refused a change, but not a viewer', () => {
    expect(closeOutcome(CloseCode.readOnly, 'participant')).toBe('waitForUnlock');
    expect(closeOutcome(CloseCode.readOnly, 'facilitator')).toBe('waitForUnlock');
    expect(closeOutcome(CloseCode.readOnly, 'viewer')).toBe('final');
  });

  it('slows down and reconnects after too many messages', () => {
    expect(closeOutcome(CloseCode.tooManyMessages, 'participant')).toBe('slowDown');
  });

  it('stops for good on a link that no longer works, a deleted board, a removal and changes too large', () => {
    for (const code of [
      CloseCode.unauthorised,
      CloseCode.boardGone,
      CloseCode.removed,
      CloseCode.messageTooLarge,
      CloseCode.boardTooLarge,
    ]) {
      expect(closeOutcome(code, 'participant')).toBe('final');
    }
  });

  it('reconnects after restarts, a full board and ordinary network closes', () => {
    expect(closeOutcome(CloseCode.serverRestarting, 'participant')).toBe('retry');
    expect(closeOutcome(CloseCode.boardFull, 'participant')).toBe('retry');
    expect(closeOutcome(1006, 'participant')).toBe('retry');
  });
});
