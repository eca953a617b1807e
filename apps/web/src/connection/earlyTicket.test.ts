import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../test/fakeFetch';
import { requestTicketEarly, takeEarlyTicket } from './earlyTicket';

const TICKET = { ticket: 't-1', role: 'participant', expiresAt: null, person: 'p-1', name: 'Alex' };

afterEach(() => {
  vi.useRealTimers();
  takeEarlyTicket('', '', {});
});

describe('early ticket', () => {
  it('hands the answer to the same request once, then leaves BoardConnection to ask', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    requestTicketEarly('board-1', 'secret-1', 'Alex', fakeFetch(200, TICKET, seen));
    expect(seen.url).toBe('/api/tickets');
    expect(JSON.parse(String(seen.init?.body))).toEqual({ board: 'board-1', secret: 'secret-1', name: 'Alex' });
    const answer = takeEarlyTicket('board-1', 'secret-1', { name: 'Alex', credential: null, request: null });
    expect(await answer).toEqual({ kind: 'ticket', ticket: { ...TICKET, credential: null, language: null } });
    expect(takeEarlyTicket('board-1', 'secret-1', { name: 'Alex', credential: null, request: null })).toBeNull();
  });

  it('is not used for another board, another name or another credential', () => {
    for (const [board, ask] of [
      ['board-2', { name: 'Alex' }],
      ['board-1', { name: 'Sam' }],
      ['board-1', { name: 'Alex', credential: 'c-1' }],
    ] as const) {
      requestTicketEarly('board-1', 'secret-1', 'Alex', fakeFetch(200, TICKET));
      expect(takeEarlyTicket(board, 'secret-1', ask)).toBeNull();
    }
  });

  it('is not used once it is older than a short-lived ticket should be', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    requestTicketEarly('board-1', 'secret-1', 'Alex', fakeFetch(200, TICKET));
    vi.setSystemTime(1_000_000 + 11_000);
    expect(takeEarlyTicket('board-1', 'secret-1', { name: 'Alex' })).toBeNull();
  });
});
