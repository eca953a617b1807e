/**
 * Staff sign-in refuses an ID token made out to another client [SI8], checked against an issuer
 * of the test's own that signs such a token for real.
 */
import http from 'node:http';
import { createSign, generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from './harness';
import { CookieJar, freePort } from './oidcProvider';

const CLIENT = { clientId: 'kinboard', clientSecret: 'kinboard-test-secret-0123456789abcdef' };

/**
 * An issuer that answers the token request with an ID token for another client. No honest
 * provider does this, so it is made here: discovery, keys and a token endpoint, signed for real.
 */
describe('an ID token for another audience', () => {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let issuerServer: http.Server;
  let issuer = '';
  let kinboard: TestServer;
  let kinOrigin = '';
  let audience = 'someone-else';
  let nonce = '';

  function jwt(claims: Record<string, unknown>): string {
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const body = `${part({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${part(claims)}`;
    return `${body}.${createSign('RSA-SHA256').update(body).sign(key.privateKey).toString('base64url')}`;
  }

  beforeAll(async () => {
    issuerServer = http.createServer((req, res) => {
      const send = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/.well-known/openid-configuration') {
        send({
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          id_token_signing_alg_values_supported: ['RS256'],
        });
      } else if (req.url === '/jwks') {
        send({ keys: [{ ...key.publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] });
      } else if (req.url === '/token') {
        const now = Math.floor(Date.now() / 1000);
        send({
          access_token: 'at',
          token_type: 'Bearer',
          id_token: jwt({
            iss: issuer,
            sub: 'zed',
            aud: audience,
            exp: now + 300,
            iat: now,
            nonce,
            name: 'Zed',
            email: 'zed@council.example',
          }),
        });
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => issuerServer.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}`;
    const port = await freePort();
    kinOrigin = `http://127.0.0.1:${port}`;
    kinboard = await new TestServer(undefined, { publicOrigin: kinOrigin, oidc: { issuer, ...CLIENT } }).start(port);
  });

  afterAll(async () => {
    await kinboard?.cleanup();
    issuerServer?.closeAllConnections();
    await new Promise<void>((resolve) => issuerServer.close(() => resolve()));
  });

  async function callbackWithToken(forAudience: string): Promise<Response> {
    audience = forAudience;
    const jar = new CookieJar();
    const login = await jar.fetch(`${kinOrigin}/auth/login`);
    const authorization = new URL(login.headers.get('location') ?? '');
    nonce = authorization.searchParams.get('nonce') ?? '';
    const callback = new URL(`${kinOrigin}/auth/callback`);
    callback.searchParams.set('code', 'some-code');
    callback.searchParams.set('state', authorization.searchParams.get('state') ?? '');
    return jar.fetch(callback);
  }

  it('[SI8] is refused, while the same token made out to Kinboard is accepted', async () => {
    const refused = await callbackWithToken('someone-else');
    expect(refused.status).toBe(400);
    expect(refused.headers.getSetCookie().some((line) => line.startsWith('kinboard_session='))).toBe(false);
    const accepted = await callbackWithToken(CLIENT.clientId);
    expect(accepted.status).toBe(302);
    expect(accepted.headers.getSetCookie().some((line) => line.startsWith('kinboard_session='))).toBe(true);
  });
});
