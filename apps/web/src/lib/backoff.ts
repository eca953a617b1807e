/** Waiting times between retries: doubling from `baseMs`, capped at `maxMs`, with some jitter. */
export interface BackoffOptions {
  readonly baseMs?: number;
  readonly maxMs?: number;
  /** Fraction of the delay that is random, so many devices do not retry in step. */
  readonly jitter?: number;
  readonly random?: () => number;
}

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 250, maxMs = 8000, jitter = 0.3, random = Math.random } = options;
  const exact = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  const spread = exact * jitter;
  return Math.round(exact - spread + random() * spread);
}

/** Resolves after `ms`, or at once (rejecting) when `signal` is aborted. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
