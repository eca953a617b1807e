/**
 * Shared participant and viewer link secrets that the server can show a facilitator again, with
 * nothing new stored. A shared link's secret is derived, not drawn at random:
 * HMAC-SHA256(link key, board id, role, generation), where the link key is itself derived from the
 * server's persistent signing key. Storage still keeps only the secret's SHA-256. To show the
 * current link, the server derives generation 0, 1, 2, … until one hashes to the stored hash;
 * replacing the link moves to the next generation, so an old link never comes back and nobody
 * without the signing key can work out a new one.
 *
 * A link made before this existed (a random secret) matches no generation and cannot be shown;
 * replacing it once makes it showable. Past MAX_GENERATIONS replacements a board's link is drawn
 * at random again (still working, no longer showable). The facilitator's own link stays random.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Role } from './roles';
import { hashSecret, newSecret } from './secrets';

/** The roles whose links the server derives and can show again. */
export type SharedRole = Exclude<Role, 'facilitator'>;

export function isSharedRole(role: Role): role is SharedRole {
  return role !== 'facilitator';
}

/** How many replacements of one link stay showable; finding the current one costs at most this many hashes. */
export const MAX_GENERATIONS = 1024;

export class LinkSecrets {
  private readonly key: Buffer;

  constructor(signingKey: Uint8Array) {
    if (signingKey.byteLength < 32) throw new Error('The signing key must be at least 32 bytes');
    this.key = createHmac('sha256', signingKey).update('kinboard shared link secrets v1').digest();
  }

  /** The secret of one generation of a board's shared link. */
  secret(boardId: string, role: SharedRole, generation: number): string {
    return createHmac('sha256', this.key).update(`${boardId}\0${role}\0${generation}`).digest('base64url');
  }

  /** The generation whose secret hashes to `hash`, or null (a random secret, or past the limit). */
  private generationOf(boardId: string, role: SharedRole, hash: Uint8Array): number | null {
    for (let generation = 0; generation < MAX_GENERATIONS; generation++) {
      if (timingSafeEqual(hashSecret(this.secret(boardId, role, generation)), hash)) return generation;
    }
    return null;
  }

  /** The secret behind the stored `hash`, when the server made it; null when it cannot be shown. */
  current(boardId: string, role: SharedRole, hash: Uint8Array): string | null {
    const generation = this.generationOf(boardId, role, hash);
    return generation === null ? null : this.secret(boardId, role, generation);
  }

  /** A new secret for the link whose secret now hashes to `hash` (null for a new board). */
  next(boardId: string, role: SharedRole, hash: Uint8Array | null): string {
    const generation = hash === null ? -1 : (this.generationOf(boardId, role, hash) ?? -1);
    return generation + 1 < MAX_GENERATIONS ? this.secret(boardId, role, generation + 1) : newSecret();
  }
}
