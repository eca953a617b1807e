/**
 * For unit tests of the web app's small request helpers: a `fetch` that answers every request with
 * `status` and a JSON `body` (none for 204), and tells the test what it was asked (URL and options).
 */
export function fakeFetch(status: number, body: unknown, seen: { url?: string; init?: RequestInit } = {}): typeof fetch {
  return (async (url: string, init?: RequestInit) => {
    seen.url = url;
    seen.init = init;
    // A 204 has no body, as a real server sends it.
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}
