/**
 * A real OpenID provider (npm oidc-provider) on a loopback port for the sign-in tests, with its
 * stock login page (any login name, any password), and helpers to go through it without a
 * browser: a small cookie jar that follows the provider's redirects and fills in its login form.
 */
import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
}

export class TestOidcProvider {
  issuer = '';
  private server: http.Server | null = null;
  readonly signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

  /** Starts the provider with these registered clients; returns its issuer URL. */
  async start(clients: readonly TestClient[]): Promise<string> {
    let handler: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
    this.server = http.createServer((req, res) => handler?.(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    const provider = new Provider(this.issuer, {
      clients: clients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: [c.redirectUri],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      })),
      jwks: { keys: [{ ...this.signingKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
      cookies: { keys: ['kinboard-test-provider-cookie-key'] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      pkce: { required: () => true },
      findAccount: (_ctx: unknown, id: string) => ({
        accountId: id,
        claims: () => ({
          sub: id,
          name: `${id[0]?.toUpperCase() ?? ''}${id.slice(1)} Example`,
          email: `${id}@council.example`,
          email_verified: true,
        }),
      }),
      // First-party app: no consent screen, only the login page.
      loadExistingGrant: async (ctx: { oidc: { client: { clientId: string }; session: { accountId: string } } }) => {
        const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope('openid profile email');
        await grant.save();
        return grant;
      },
    });
    handler = provider.callback();
    return this.issuer;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A minimal browser: keeps cookies per host and follows redirects by hand. */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.cookies.get(url.host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq <= 0) continue;
      const jar = this.cookies.get(url.host) ?? new Map<string, string>();
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) jar.delete(pair.slice(0, eq));
      else jar.set(pair.slice(0, eq), value);
      this.cookies.set(url.host, jar);
    }
  }

  get(host: string, name: string): string | undefined {
    return this.cookies.get(host)?.get(name);
  }

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.header(target);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.store(target, response);
    return response;
  }
}

/**
 * Goes from Kinboard's /auth/login through the provider's login page as `login`, and stops at
 * the redirect back to Kinboard's callback (returned, not followed).
 */
export async function signInAtProvider(jar: CookieJar, kinboardOrigin: string, login: string): Promise<URL> {
  let response = await jar.fetch(`${kinboardOrigin}/auth/login`);
  let location = new URL(response.headers.get('location') ?? '', kinboardOrigin);
  for (let hop = 0; hop < 10; hop++) {
    if (location.pathname === '/auth/callback') return location;
    response = await jar.fetch(location);
    if (response.status === 200) {
      const page = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      if (!action) throw new Error(`No form on the provider page ${location.href}`);
      const form = new URLSearchParams({ prompt: 'login', login, password: 'any' });
      response = await jar.fetch(new URL(action, location), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
    }
    const next = response.headers.get('location');
    if (!next) throw new Error(`The provider stopped at ${location.href} with ${response.status}`);
    location = new URL(next, location);
  }
  throw new Error('Too many redirects at the provider');
}

/** A port on loopback that nothing listens on now. */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
