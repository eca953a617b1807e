import { describe, expect, it } from 'vitest';
import { LOCAL_CHANGE, REMOTE_CHANGE, STORAGE_CHANGE, isLocalChange } from './origins';

describe('isLocalChange', () => {
  it('knows a local change from the rest', () => {
    expect(isLocalChange(LOCAL_CHANGE)).toBe(true);
    expect(isLocalChange({ source: 'local' })).toBe(true);
    for (const origin of [REMOTE_CHANGE, STORAGE_CHANGE, null, undefined, 'local', 1, {}]) {
      expect(isLocalChange(origin)).toBe(false);
    }
  });
});
