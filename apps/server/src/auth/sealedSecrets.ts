/**
 * A board owner's facilitator secret, kept sealed (AES-256-GCM with a key held in the database,
 * the board id as associated data) so a signed-in owner can open their board as facilitator
 * without keeping the link. Only the server can unseal it, and a sealed secret moved to another
 * board's row does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretSealer {
  constructor(private readonly key: Uint8Array) {
    if (key.byteLength !== 32) throw new Error('The sealing key must be 32 bytes');
  }

  seal(boardId: string, secret: string): Uint8Array {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(boardId, 'utf8'));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
  }

  /** The secret, or null when the sealed bytes were not made for this board with this key. */
  unseal(boardId: string, sealed: Uint8Array): string | null {
    if (sealed.byteLength <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(boardId, 'utf8'));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
