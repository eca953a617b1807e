import type { Context } from 'hono';
import { apiError } from './errors';

/** The request body as a JSON object, or a 400 that says why it is not one. */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
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

/** A required string field, or a 400 naming the field. */
export function requireString(body: Record<string, unknown>, field: string, maxLength: number): string {
  const value = body[field];
  if (typeof value !== 'string') throw apiError(400, 'invalid_field', `"${field}" must be a string`);
  if (value.length > maxLength) throw apiError(400, 'invalid_field', `"${field}" must be at most ${maxLength} characters`);
  return value;
}
