import type { MiddlewareHandler } from 'hono';

/**
 * Every response: a strict Content-Security-Policy naming no host but our own, no referrer (a
 * board link's fragment never leaves the page, and neither does its path), no MIME sniffing,
 * no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The one stylesheet the drawing canvas (tldraw 5.4) adds inline, for its licence note; no other inline style.
  "style-src 'self' 'sha256-hii1GvifzLiObm11mxWcUszTcw1MQwk4Xrh9I9h7RwA='",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
};
