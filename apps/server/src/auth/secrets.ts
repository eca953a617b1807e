/**
 * Link secrets. A board link carries a 256-bit random secret in its URL fragment; the server
 * stores only its SHA-256 and compares hashes in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from './roles';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(secret, 'utf8').digest());
}

/** The role whose secret this is, or null when it matches none. */
export function roleForSecret(secret: string, hashes: Readonly<Record<Role, Uint8Array>>): Role | null {
  const candidate = hashSecret(secret);
  let found: Role | null = null;
  for (const role of ROLES) {
    // Compare against every role so the time taken does not reveal which one matched.
    if (timingSafeEqual(candidate, hashes[role]) && found === null) found = role;
  }
  return found;
}
