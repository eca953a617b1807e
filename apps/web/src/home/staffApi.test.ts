import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSignInState, handOverBoard, openMyBoard } from './staffApi';

afterEach(() => vi.unstubAllGlobals());

/** Answers each request path with a status and JSON body, recording what was sent. */
function serve(routes: Record<string, [number, unknown]>) {
  const sent: { path: string; init?: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (path: string, init?: RequestInit) => {
    sent.push({ path, init });
    const [status, body] = routes[path] ?? [404, { error: { code: 'not_found', message: 'No such API endpoint' } }];
    return new Response(status === 204 ? null : JSON.stringify(body), { status });
  });
  return sent;
}

describe('staff requests from the home page', () => {
  it('knows when this Kinboard has no sign-in, without asking who is signed in', async () => {
    const sent = serve({ '/api/config': [200, { tldrawLicenseKey: null, signIn: false }] });
    expect(await fetchSignInState()).toEqual({ signIn: false, person: null });
    expect(sent.map((r) => r.path)).toEqual(['/api/config']);
  });

  it('names the signed-in person, or nobody', async () => {
    serve({ '/api/config': [200, { signIn: true }], '/api/me': [200, { name: 'Alice Example', email: 'alice@council.example' }] });
    expect(await fetchSignInState()).toEqual({ signIn: true, person: { name: 'Alice Example', email: 'alice@council.example' } });
    serve({
      '/api/config': [200, { signIn: true }],
      '/api/me': [401, { error: { code: 'not_signed_in', message: 'Nobody is signed in' } }],
    });
    expect(await fetchSignInState()).toEqual({ signIn: true, person: null });
  });

  it('passes on why a hand-over was refused, in the server’s words', async () => {
    const message = 'Nobody with that email address has signed in to Kinboard yet. Ask them to sign in once, then try again.';
    const sent = serve({ '/api/boards/b1/handover': [404, { error: { code: 'colleague_not_found', message } }] });
    expect(await handOverBoard('b1', 'sam@council.example')).toEqual({ ok: false, message });
    expect(JSON.parse(String(sent[0]?.init?.body))).toEqual({ email: 'sam@council.example' });
  });

  it('asks to sign in again when the session has ended', async () => {
    serve({ '/api/boards/b1/open': [401, { error: { code: 'sign_in_required', message: 'Sign in first' } }] });
    expect(await openMyBoard('b1')).toEqual({ ok: false, message: 'You are no longer signed in. Sign in again to carry on.' });
  });

  it('opens a board with the facilitator link the server gives', async () => {
    serve({ '/api/boards/b1/open': [200, { link: 'https://kinboard.example/b/b1#secret' }] });
    expect(await openMyBoard('b1')).toEqual({ ok: true, value: 'https://kinboard.example/b/b1#secret' });
  });
});
