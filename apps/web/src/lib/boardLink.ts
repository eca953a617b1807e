/**
 * Board links look like `{origin}/b/{boardId}#{secret}`. The secret lives only in the fragment,
 * which browsers never send to a server, so it must never be copied into a request URL.
 */
export interface BoardAddress {
  readonly boardId: string;
  readonly secret: string;
}

const BOARD_PATH = /^\/b\/([A-Za-z0-9_-]{1,128})\/?$/;

/** The board id in a page path such as `/b/abc123`, or null for any other path. */
export function boardIdFromPath(pathname: string): string | null {
  const match = BOARD_PATH.exec(pathname);
  return match ? match[1]! : null;
}

/** The secret in a location hash such as `#s3cret`, or null when there is none. */
export function secretFromHash(hash: string): string | null {
  const secret = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return secret.length > 0 ? secret : null;
}

/** Reads a board address from a path and hash; null when either part is missing. */
export function parseBoardAddress(pathname: string, hash: string): BoardAddress | null {
  const boardId = boardIdFromPath(pathname);
  const secret = secretFromHash(hash);
  return boardId && secret ? { boardId, secret } : null;
}

/**
 * The path and fragment of a full board link, so it can be opened on this site whatever origin
 * the server wrote into it. Null when the text is not a board link.
 */
export function boardLinkPath(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link, 'http://kinboard.invalid');
  } catch {
    return null;
  }
  return parseBoardAddress(url.pathname, url.hash) ? url.pathname + url.hash : null;
}
