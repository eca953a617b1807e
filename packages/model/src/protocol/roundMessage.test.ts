import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { MESSAGE_ROUND, encodeRoundMessage, parseRoundReply, parseRoundRequest, readRoundMessageText } from './roundMessage';

describe('blind-round messages', () => {
  it('round-trips a request through the wire format', () => {
    const bytes = encodeRoundMessage({ op: 'reveal', round: 'r_1' });
    const decoder = decoding.createDecoder(bytes);
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_ROUND);
    expect(parseRoundRequest(readRoundMessageText(decoder))).toEqual({ op: 'reveal', round: 'r_1' });
  });

  it.each([
    ['not json', /must be JSON/],
    ['{"op":"shout","round":"r"}', /Unknown round message/],
    ['{"op":"answer","round":"r","key":"x","answer":{}}', /name the person/],
    ['{"op":"answer","round":"r","key":"p:a","answer":{"value":12,"name":"A"}}', /between 0 and 10/],
    ['{"op":"answer","round":"r","key":"p:a","answer":{"value":5}}', /needs the name/],
    ['{"op":"reveal","round":"../etc"}', /round id/],
  ])('refuses %s', (json, message) => {
    expect(() => parseRoundRequest(json)).toThrow(message);
  });

  it('accepts a full answer and reads replies', () => {
    const request = parseRoundRequest(
      '{"op":"answer","round":"r_2","key":"m:gran","answer":{"value":6.5,"name":"Gran","recordedBy":"Jo"}}',
    );
    expect(request).toMatchObject({ op: 'answer', key: 'm:gran', answer: { value: 6.5, name: 'Gran', recordedBy: 'Jo' } });
    expect(parseRoundReply('{"op":"held","round":"r_2","key":"m:gran"}')).toEqual({ op: 'held', round: 'r_2', key: 'm:gran' });
    expect(parseRoundReply('garbage')).toBeNull();
  });
});
