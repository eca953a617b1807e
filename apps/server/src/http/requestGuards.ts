/**
 * Checks on every state-changing API request (POST, PUT, PATCH, DELETE) before any route sees
 * it [H6]: one that carries an `Origin` must come from a page of this server (originPolicy.ts),
 * and one without an `Origin` must not say it was sent from another site (`Sec-Fetch-Site`);
 * its `Host` must be this server's (a rebinding DNS name is not); and a body, if any, must be
 * `application/json` exactly, since a browser sends `text/plain; charset=application/json` from
 * any site without asking first. Refusals are 403 (415 for the body's type).
 */
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors';
import type { OriginPolicy } from './originPolicy';

const CROSS_SITE = "This request came from another site's page, so it was refused";
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when a Content-Type header names exactly the JSON media type (parameters such as charset allowed). */
export function isJsonContentType(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export function requestGuards(policy: OriginPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const host = c.req.header('host');
    const origin = c.req.header('origin');
    if (origin !== undefined && !policy.isAllowedOrigin(origin, host)) {
      throw apiError(403, 'cross_origin', CROSS_SITE);
    }
    if (origin === undefined && ['cross-site', 'same-site'].includes(c.req.header('sec-fetch-site') ?? '')) {
      throw apiError(403, 'cross_origin', CROSS_SITE);
    }
    if (!policy.isAllowedHost(host)) {
      throw apiError(
        403,
        'host_not_allowed',
        `This server does not answer as "${(host ?? '').slice(0, 100)}": set KINBOARD_PUBLIC_ORIGIN or KINBOARD_ALLOWED_HOSTS`,
      );
    }
    const type = c.req.header('content-type');
    const hasBody =
      type !== undefined || Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined;
    if (hasBody && !isJsonContentType(type)) {
      throw apiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json');
    }
    return next();
  };
}
