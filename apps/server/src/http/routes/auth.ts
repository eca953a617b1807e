/**
 * Staff sign-in routes (only with KINBOARD_OIDC_* configured):
 *   GET  /auth/login     → 302 to the identity provider
 *   GET  /auth/callback  → checks the response, starts a session, 302 home
 *   POST /auth/logout    → ends the session (204)
 *   GET  /api/me         → { name, email } of the signed-in person, or 401
 */
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { type OidcSignIn, SignInError } from '../../auth/oidcSignIn';
import { type StaffAccess, staffLogId } from '../../auth/StaffAccess';
import { type Logger, logEvent } from '../../log';

const LOGIN_COOKIE = 'kinboard_login';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A plain page for a sign-in that did not complete: what went wrong and a way to try again. */
function failurePage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in did not complete – Kinboard</title></head><body><main><h1>Sign-in did not complete</h1><p>${escapeHtml(message)}</p><p><a href="/auth/login">Try signing in again</a> or <a href="/">go to the Kinboard home page</a>.</p></main></body></html>`;
}

export function authRoutes(signIn: OidcSignIn, access: StaffAccess, logger: Logger): Hono {
  const app = new Hono();

  app.get('/login', async (c) => {
    try {
      const { loginKey, authorizationUrl } = await signIn.start();
      access.loginCookie(c, LOGIN_COOKIE, loginKey);
      c.header('Cache-Control', 'no-store');
      return c.redirect(authorizationUrl.href, 302);
    } catch (error) {
      if (!(error instanceof SignInError)) throw error;
      logEvent(logger, 'error', 'sign_in_failed', { reason: error.code });
      return c.html(failurePage('The council’s sign-in service could not be reached. Try again in a minute.'), 502);
    }
  });

  app.get('/callback', async (c) => {
    const loginKey = getCookie(c, LOGIN_COOKIE);
    access.loginCookie(c, LOGIN_COOKIE, null);
    c.header('Cache-Control', 'no-store');
    try {
      const identity = await signIn.finish(loginKey, new URL(c.req.url).searchParams);
      const person = await access.store.signedIn(identity, access.now());
      await access.startSession(c, person);
      logEvent(logger, 'info', 'signed_in', { person: staffLogId(person) });
      return c.redirect('/', 302);
    } catch (error) {
      if (!(error instanceof SignInError)) throw error;
      logEvent(logger, 'warn', 'sign_in_refused', { reason: error.code });
      return c.html(failurePage(error.message), 400);
    }
  });

  app.post('/logout', async (c) => {
    access.requireSameOrigin(c);
    const person = await access.person(c);
    await access.endSession(c);
    if (person) logEvent(logger, 'info', 'signed_out', { person: staffLogId(person) });
    return c.body(null, 204);
  });

  return app;
}

/** GET /api/me */
export function meRoute(access: StaffAccess | null): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    const person = (await access?.person(c)) ?? null;
    if (!person) return c.json({ error: { code: 'not_signed_in', message: 'Nobody is signed in' } }, 401);
    return c.json({ name: person.name, email: person.email });
  });
  return app;
}
