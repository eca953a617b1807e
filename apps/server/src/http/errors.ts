/**
 * One shape for every API error: `{ "error": { "code", "message" } }` with a message that says
 * what was wrong.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ServiceError, ServiceErrorCode } from '../core/errors';

export function apiError(status: ContentfulStatusCode, code: string, message: string, headers: Record<string, string> = {}): HTTPException {
  return new HTTPException(status, {
    res: new Response(JSON.stringify({ error: { code, message } }), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    }),
  });
}

const SERVICE_STATUS: Record<ServiceErrorCode, ContentfulStatusCode> = {
  [ServiceErrorCode.invalidRequest]: 400,
  [ServiceErrorCode.boardNotFound]: 404,
  [ServiceErrorCode.wrongSecret]: 401,
  [ServiceErrorCode.linkExpired]: 401,
  [ServiceErrorCode.forbidden]: 403,
  [ServiceErrorCode.notFound]: 404,
  [ServiceErrorCode.conflict]: 409,
  [ServiceErrorCode.refused]: 403,
  [ServiceErrorCode.lobbyFull]: 503,
  [ServiceErrorCode.busy]: 503,
};

export function onError(log: (line: string) => void) {
  return (error: Error, c: Context): Response => {
    if (error instanceof HTTPException) {
      const res = error.getResponse();
      if (res.headers.get('content-type')?.includes('application/json')) return res;
      return c.json({ error: { code: 'http_' + error.status, message: error.message || res.statusText } }, error.status);
    }
    if (error instanceof ServiceError) {
      return c.json({ error: { code: error.code, message: error.message } }, SERVICE_STATUS[error.code]);
    }
    log(`error ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return c.json({ error: { code: 'internal', message: 'Something went wrong on the server' } }, 500);
  };
}
