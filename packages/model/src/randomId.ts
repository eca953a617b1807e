/** Web Crypto, present in browsers and in Node 20+, typed here so the model needs no DOM or Node types. */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/** A random id with `bytes` bytes of entropy, hex-encoded after `prefix`. */
export function randomId(prefix: string, bytes = 12): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  let hex = '';
  for (const b of buffer) hex += b.toString(16).padStart(2, '0');
  return prefix + hex;
}
