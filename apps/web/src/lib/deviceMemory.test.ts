import { describe, expect, it } from 'vitest';
import {
  boardCredential,
  cleanDisplayName,
  forgetBoardIdentity,
  lobbyRequest,
  rememberBoardCredential,
  rememberLobbyRequest,
} from './deviceMemory';

describe('deviceMemory', () => {
  it('tidies names', () => {
    expect(cleanDisplayName('  Sam   Smith ')).toBe('Sam Smith');
    expect(cleanDisplayName('x'.repeat(100))).toHaveLength(60);
  });

  it('without storage remembers nothing and never throws', () => {
    rememberLobbyRequest('b1', 'r1');
    rememberBoardCredential('b1', 'c1');
    expect(boardCredential('b1')).toBeNull();
    expect(lobbyRequest('b1')).toBeNull();
    forgetBoardIdentity('b1');
  });
});
