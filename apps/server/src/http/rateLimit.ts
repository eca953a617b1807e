/**
 * Per-address request limits [H8]: a token bucket per client address, refilled continuously. A
 * request beyond the limit gets 429 with `Retry-After` (whole seconds until a token is back) and
 * a body saying what to do. Behind a reverse proxy every request shares the proxy's address, so
 * the limits then apply to everyone together.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { apiError } from './errors';

/** Addresses remembered per limit; past this, addresses whose bucket is full again are forgotten. */
const MAX_ADDRESSES = 10_000;

export class AddressLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes a token for `address`; returns 0 when there was one, else the seconds until there will be. */
  take(address: string): number {
    const bucket = this.refill(address);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Seconds until `address` has a token again (0: it has one now), without taking it. */
  wait(address: string): number {
    const bucket = this.refill(address);
    return bucket.tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  private refill(address: string): { tokens: number; at: number } {
    const now = this.now();
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= MAX_ADDRESSES) this.forgetFull(now);
      bucket = { tokens: this.burst, at: now };
      this.buckets.set(address, bucket);
    }
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    return bucket;
  }

  private forgetFull(now: number): void {
    for (const [address, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.burst) this.buckets.delete(address);
    }
    // Still full of busy addresses: forget the oldest rather than grow without bound.
    while (this.buckets.size >= MAX_ADDRESSES) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) break;
      this.buckets.delete(oldest.value);
    }
  }
}

export function clientAddress(c: Context): string {
  return getConnInfo(c).remote.address ?? 'unknown';
}

function tooMany(what: string, seconds: number): never {
  throw apiError(429, 'too_many_requests', `Too many ${what} from this address; try again in ${seconds} s`, {
    'Retry-After': String(seconds),
  });
}

/** Refuses a request from an address that has used up `limiter` with 429 and Retry-After. */
export function rateLimit(limiter: AddressLimiter, what: string): MiddlewareHandler {
  return async (c, next) => {
    const seconds = limiter.take(clientAddress(c));
    if (seconds > 0) tooMany(what, seconds);
    await next();
  };
}

/**
 * Counts refusals (responses with one of `statuses`) against `limiter`, and refuses an address
 * that has used it up before the request is looked at: guessing secrets gets slow at once.
 */
export function failureLimit(limiter: AddressLimiter, statuses: readonly number[], what: string): MiddlewareHandler {
  return async (c, next) => {
    const address = clientAddress(c);
    const seconds = limiter.wait(address);
    if (seconds > 0) tooMany(what, seconds);
    await next();
    if (statuses.includes(c.res.status)) limiter.take(address);
  };
}
