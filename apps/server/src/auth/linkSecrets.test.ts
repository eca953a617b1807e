import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LinkSecrets, MAX_GENERATIONS } from './linkSecrets';
import { hashSecret, newSecret } from './secrets';

describe('derived shared link secrets [K17]', () => {
  const key = randomBytes(32);
  const links = new LinkSecrets(key);

  it('finds the current secret from its stored hash alone, and moves on when replaced', () => {
    const first = links.next('board-a', 'participant', null);
    expect(links.current('board-a', 'participant', hashSecret(first))).toBe(first);
    const second = links.next('board-a', 'participant', hashSecret(first));
    expect(second).not.toBe(first);
    expect(links.current('board-a', 'participant', hashSecret(second))).toBe(second);
    expect(links.next('board-a', 'participant', hashSecret(second))).not.toBe(first);
  });

  it('differs by board, role and key, and is as long as a random secret', () => {
    const secret = links.next('board-a', 'participant', null);
    expect(secret).toHaveLength(newSecret().length);
    expect(links.next('board-b', 'participant', null)).not.toBe(secret);
    expect(links.next('board-a', 'viewer', null)).not.toBe(secret);
    expect(new LinkSecrets(randomBytes(32)).next('board-a', 'participant', null)).not.toBe(secret);
    expect(links.current('board-b', 'participant', hashSecret(secret)), 'one board’s secret is not another’s').toBeNull();
  });

  it('cannot show a random secret made before, and replacing it makes the link showable', () => {
    const old = newSecret();
    expect(links.current('board-a', 'viewer', hashSecret(old))).toBeNull();
    const fresh = links.next('board-a', 'viewer', hashSecret(old));
    expect(links.current('board-a', 'viewer', hashSecret(fresh))).toBe(fresh);
  });

  it('past the last generation draws a random secret, which still works but cannot be shown', () => {
    const last = links.secret('board-a', 'participant', MAX_GENERATIONS - 1);
    const beyond = links.next('board-a', 'participant', hashSecret(last));
    expect(beyond).not.toBe(last);
    expect(links.current('board-a', 'participant', hashSecret(beyond))).toBeNull();
  });
});
