import { describe, expect, it } from 'vitest';
import { CloseCode } from '@kinboard/model';
import { shownPhase } from './connectionPhase';
import { failureText } from './connectionState';

describe('the connection as a person is told it', () => {
  it('says connecting the first time and reconnecting after, whatever step of joining it is at', () => {
    for (const phase of ['idle', 'ticket', 'socket', 'backoff'] as const) {
      expect(shownPhase(phase, false)).toBe('connecting');
      expect(shownPhase(phase, true)).toBe('reconnecting');
    }
    expect(shownPhase('open', false)).toBe('connected');
    expect(shownPhase('lockedOut', true)).toBe('reconnecting');
    expect(shownPhase('offline', true)).toBe('offline');
    expect(shownPhase('failed', true)).toBe('failed');
  });

  it('words a failure by its code, not by comparing sentences', () => {
    expect(failureText(CloseCode.boardGone)).toMatch(/deleted/);
    expect(failureText(CloseCode.unauthorised)).toBe('This link no longer works. Ask the person running the meeting for a new one.');
    expect(failureText('unknownBoard')).toBe('This board has been deleted, or the link is not complete.');
    expect(failureText(4999)).toMatch(/Reload the page/);
  });
});
