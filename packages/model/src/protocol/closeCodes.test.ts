import { describe, expect, it } from 'vitest';
import { CLOSE_REASON_TEXT, CloseCode, isFinalClose } from './closeCodes';

describe('close codes', () => {
  it('has plain words for every code', () => {
    for (const code of Object.values(CloseCode)) expect(CLOSE_REASON_TEXT[code]).toMatch(/\S/);
  });

  it('uses distinct codes', () => {
    const codes = Object.values(CloseCode);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('treats 44xx as final and the rest as worth retrying', () => {
    expect(isFinalClose(CloseCode.unauthorised)).toBe(true);
    expect(isFinalClose(CloseCode.readOnly)).toBe(true);
    expect(isFinalClose(CloseCode.tooManyMessages)).toBe(true);
    expect(isFinalClose(CloseCode.boardFull)).toBe(false);
    expect(isFinalClose(CloseCode.serverRestarting)).toBe(false);
    expect(isFinalClose(1000)).toBe(false);
  });
});
