/**
 * Staff sign-in with OpenID Connect: the authorization code flow with PKCE (S256), state and
 * nonce, through openid-client (certified; it validates the ID token's issuer, audience, nonce,
 * signature and expiry, nothing here does it by hand).
 *
 * The exchange:
 * 1. `start()` makes a code verifier, state and nonce, keeps them under a random login key (the
 *    browser holds the key in a short-lived cookie) and returns the provider's authorization URL.
 * 2. The provider sends the browser back to `{origin}/auth/callback?code=…&state=…`.
 * 3. `finish(key, url)` takes the pending login out (one use only), checks the state, trades the
 *    code for tokens and returns who signed in: issuer and subject (for Entra ID the object id
 *    `oid`, so a person is the same across apps in the tenant), display name and email.
 */
import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import { isLoopbackHost, type OidcSettings } from '../config';

/** How long a started sign-in may take to come back. */
const PENDING_TTL_MS = 10 * 60 * 1000;
/** Started sign-ins kept at once; the oldest go first beyond this. */
const MAX_PENDING = 10_000;

export interface SignedInIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly name: string;
  readonly email: string;
}

export const SignInErrorCode = {
  noPendingLogin: 'no_pending_login',
  wrongState: 'wrong_state',
  providerRefused: 'provider_refused',
  invalidResponse: 'invalid_response',
  providerUnavailable: 'provider_unavailable',
} as const;
export type SignInErrorCode = (typeof SignInErrorCode)[keyof typeof SignInErrorCode];

export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

interface PendingLogin {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly expiresAt: number;
}

/** Microsoft Entra ID issuers, whose tokens carry the person's object id as `oid`. */
function isEntraIssuer(issuer: string): boolean {
  try {
    const host = new URL(issuer).hostname;
    return host === 'login.microsoftonline.com' || host === 'sts.windows.net' || host.endsWith('.ciamlogin.com');
  } catch {
    return false;
  }
}

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | null = null;
  private readonly pending = new Map<string, PendingLogin>();
  readonly redirectUri: string;

  constructor(
    private readonly settings: OidcSettings,
    publicOrigin: string,
    private readonly now: () => number = Date.now,
  ) {
    this.redirectUri = `${publicOrigin}/auth/callback`;
  }

  /** The provider's metadata, fetched once; a failed fetch is tried again on the next sign-in. */
  private discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer);
      const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
      this.configuration = client
        .discovery(issuer, this.settings.clientId, undefined, client.ClientSecretPost(this.settings.clientSecret), {
          execute: insecure ? [client.allowInsecureRequests] : [],
        })
        .catch((error: unknown) => {
          this.configuration = null;
          throw new SignInError(
            SignInErrorCode.providerUnavailable,
            `The sign-in provider could not be reached: ${(error as Error).message}`,
          );
        });
    }
    return this.configuration;
  }

  /** Begins a sign-in: the login key for the browser's cookie and where to send the browser. */
  async start(): Promise<{ loginKey: string; authorizationUrl: URL }> {
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const login: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier,
      expiresAt: this.now() + PENDING_TTL_MS,
    };
    const authorizationUrl = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
    });
    const loginKey = randomBytes(24).toString('base64url');
    this.prune();
    this.pending.set(loginKey, login);
    return { loginKey, authorizationUrl };
  }

  /**
   * Completes a sign-in from the callback's query. Each started sign-in can be finished once;
   * every failure says what went wrong without echoing tokens.
   */
  async finish(loginKey: string | undefined, query: URLSearchParams): Promise<SignedInIdentity> {
    const login = loginKey ? this.pending.get(loginKey) : undefined;
    if (loginKey) this.pending.delete(loginKey);
    if (!login || login.expiresAt <= this.now()) {
      throw new SignInError(SignInErrorCode.noPendingLogin, 'This sign-in was not started here or took too long. Start again.');
    }
    if (query.get('state') !== login.state) {
      throw new SignInError(SignInErrorCode.wrongState, 'The sign-in response does not belong to the sign-in started in this browser.');
    }
    const providerError = query.get('error');
    if (providerError) throw new SignInError(SignInErrorCode.providerRefused, `The sign-in provider said: ${providerError.slice(0, 100)}`);
    const configuration = await this.discover();
    const callbackUrl = new URL(this.redirectUri);
    for (const [name, value] of query) callbackUrl.searchParams.append(name, value);
    let claims: client.IDToken | undefined;
    let profile: Record<string, unknown> = {};
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Many providers keep name and email for the UserInfo endpoint unless asked otherwise.
      if (claims && (!claims.name || !claims.email) && tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
        profile = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new SignInError(SignInErrorCode.invalidResponse, `The sign-in could not be completed: ${message.slice(0, 200)}`);
    }
    if (!claims) throw new SignInError(SignInErrorCode.invalidResponse, 'The sign-in provider sent no ID token.');
    const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
    const email = text(claims.email) || text(profile.email) || text(claims.preferred_username) || text(profile.preferred_username);
    return {
      issuer: claims.iss,
      // Entra's `sub` differs per app; its object id is the person across the tenant.
      subject: (isEntraIssuer(claims.iss) && text(claims.oid)) || claims.sub,
      name: (text(claims.name) || text(profile.name) || email || 'Staff member').slice(0, 200),
      email: email.slice(0, 320),
    };
  }

  private prune(): void {
    const now = this.now();
    for (const [key, login] of this.pending) if (login.expiresAt <= now) this.pending.delete(key);
    while (this.pending.size >= MAX_PENDING) {
      const oldest = this.pending.keys().next();
      if (oldest.done) break;
      this.pending.delete(oldest.value);
    }
  }
}
