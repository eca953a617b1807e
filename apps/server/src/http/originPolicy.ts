/**
 * Which hosts and origins this server answers as itself [H6][H7]. Board links are made from the
 * configured public origin; without one, from the request's own origin only when its `Host` is
 * this machine (localhost, 127.x, [::1]) or listed in KINBOARD_ALLOWED_HOSTS, so a forged `Host`
 * never ends up in a link. A state-changing request or a socket upgrade that carries an `Origin`
 * must come from the public origin, an origin listed in KINBOARD_ALLOWED_ORIGINS, or the page's
 * own origin on an allowed host; anything else (another site's page, a rebinding DNS name) is
 * refused with 403.
 */
export interface OriginPolicyConfig {
  readonly publicOrigin: string | null;
  readonly allowedOrigins: readonly string[];
  readonly allowedHosts: readonly string[];
}

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? null : parsed.origin;
  } catch {
    return null;
  }
}

export class OriginPolicy {
  private readonly publicOrigin: string | null;
  private readonly publicHost: string | null;
  private readonly origins: ReadonlySet<string>;
  private readonly hosts: ReadonlySet<string>;

  constructor(config: OriginPolicyConfig) {
    this.publicOrigin = config.publicOrigin === null ? null : originOf(config.publicOrigin);
    this.publicHost = this.publicOrigin === null ? null : new URL(this.publicOrigin).host;
    this.origins = new Set(config.allowedOrigins.map((o) => originOf(o) ?? o));
    this.hosts = new Set(config.allowedHosts.map((h) => h.toLowerCase()));
  }

  /** True when `host` (a Host header) names this server. */
  isAllowedHost(host: string | undefined): boolean {
    if (!host) return false;
    const name = host.toLowerCase();
    return name === this.publicHost || this.hosts.has(name) || LOOPBACK_HOST.test(name);
  }

  /** True when a request carrying `origin` (an Origin header) to `host` comes from a page of this server. */
  isAllowedOrigin(origin: string, host: string | undefined): boolean {
    const given = originOf(origin);
    if (given === null) return false;
    if (given === this.publicOrigin || this.origins.has(given)) return true;
    return new URL(given).host === host?.toLowerCase() && this.isAllowedHost(host);
  }

  /** The origin to put in board links for a request to `requestUrl` with `host`; null when that host is not this server's. */
  linkOrigin(requestUrl: string, host: string | undefined): string | null {
    if (this.publicOrigin !== null) return this.publicOrigin;
    return this.isAllowedHost(host) ? originOf(requestUrl) : null;
  }
}
