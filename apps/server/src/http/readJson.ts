import type { Context } from 'hono';
import { apiError } from './errors';
import { isJsonContentType } from './requestGuards';

/** The request body as a JSON object, or a 400 that says why it is not one. */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  if (!isJsonContentType(c.req.header('content-type'))) {
    throw apiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw apiError(400, 'invalid_json', 'The request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw apiError(400, 'invalid_json', 'The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

/** A lone surrogate is one not part of a pair; with the `u` flag a pair reads as one code point. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** True when `text` is well-formed UTF-16: no lone half of a surrogate pair. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** A required string field, or a 400 naming the field. */
export function requireString(body: Record<string, unknown>, field: string, maxLength: number): string {
  const value = body[field];
  if (typeof value !== 'string') throw apiError(400, 'invalid_field', `"${field}" must be a string`);
  if (value.length > maxLength) throw apiError(400, 'invalid_field', `"${field}" must be at most ${maxLength} characters`);
  // A lone half of a UTF-16 surrogate pair is not text: it cannot be shown, stored as UTF-8 or exported [H9].
  if (!isWellFormedText(value)) throw apiError(400, 'invalid_field', `"${field}" must be well-formed text (it holds a broken character)`);
  return value;
}
