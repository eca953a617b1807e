import { describe, expect, it } from 'vitest';
import { LOCAL_CHANGE, SERVER_CHANGE, STORAGE_CHANGE } from './origins';

describe('transaction origins', () => {
  it('name where a change came from, and cannot be altered by a listener', () => {
    expect([LOCAL_CHANGE, STORAGE_CHANGE, SERVER_CHANGE].map((origin) => origin.source)).toEqual(['local', 'storage', 'server']);
    for (const origin of [LOCAL_CHANGE, STORAGE_CHANGE, SERVER_CHANGE]) expect(Object.isFrozen(origin)).toBe(true);
  });
});
