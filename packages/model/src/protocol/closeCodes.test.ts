import { describe, expect, it } from 'vitest';
import { CloseCode, closeCodeName, isFinalClose } from './closeCodes';

describe('close codes', () => {
  it('names every code, so the web app can word it', () => {
    for (const [name, code] of Object.entries(CloseCode)) expect(closeCodeName(code)).toBe(name);
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
