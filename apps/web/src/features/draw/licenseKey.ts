/**
 * The tldraw licence key, from the server's configuration (`GET /api/config` →
 * `{ "tldrawLicenseKey": string | null }`). Asked once per page; any failure means no key, which
 * tldraw accepts on loopback and plain-HTTP hosts.
 */
let request: Promise<string | null> | null = null;

export function fetchLicenseKey(): Promise<string | null> {
  request ??= fetch('/api/config', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) return null;
      const body = (await response.json()) as { tldrawLicenseKey?: unknown };
      return typeof body.tldrawLicenseKey === 'string' && body.tldrawLicenseKey.trim() !== '' ? body.tldrawLicenseKey.trim() : null;
    })
    .catch(() => null);
  return request;
}
