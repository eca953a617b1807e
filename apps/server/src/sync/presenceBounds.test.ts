import { describe, expect, it } from 'vitest';
import { CloseCode } from '@kinboard/model';
import { PRESENCE_LIMITS, jsonDepth, parseBoundedState } from './presenceBounds';

describe('presence bounds [A7]', () => {
  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}', 16)).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{\\"]]"}', 16)).toBe(1);
    expect(jsonDepth('null', 16)).toBe(0);
  });

  it('stops counting once past the limit', () => {
    expect(jsonDepth('['.repeat(100_000), 16)).toBe(17);
  });

  it('parses a cursor-sized entry and refuses deep, huge or broken ones with 4400', () => {
    expect(parseBoundedState('{"user":{"name":"Sam"},"cursor":{"x":1,"y":2}}')).toEqual({ user: { name: 'Sam' }, cursor: { x: 1, y: 2 } });
    for (const json of [`{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`, `"${'x'.repeat(PRESENCE_LIMITS.maxEntryLength)}"`, '{"a":']) {
      expect(() => parseBoundedState(json)).toThrow(expect.objectContaining({ code: CloseCode.malformed }));
    }
  });
});
