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

/**
 * Why a page address cannot open a board: `incomplete` when the board id or the secret is
 * missing, `damaged` when the fragment is not valid percent-encoding (a stray `%`, usually from
 * a link that was retyped or cut up by a mail program).
 */
export type BoardAddressProblem = 'incomplete' | 'damaged';

export type BoardAddressReading =
  | { readonly ok: true; readonly address: BoardAddress }
  | { readonly ok: false; readonly problem: BoardAddressProblem };

/** The secret in a location hash such as `#s3cret`; null when there is none or it cannot be read. */
export function secretFromHash(hash: string): string | null {
  const secret = decodedFragment(hash);
  return secret && secret.length > 0 ? secret : null;
}

function decodedFragment(hash: string): string | null {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    // decodeURIComponent throws URIError on a `%` not followed by two hex digits.
    return null;
  }
}

/** Reads a board address from a path and hash, saying what is wrong when it cannot. */
export function readBoardAddress(pathname: string, hash: string): BoardAddressReading {
  const boardId = boardIdFromPath(pathname);
  const fragment = decodedFragment(hash);
  if (fragment === null) return { ok: false, problem: 'damaged' };
  if (!boardId || fragment.length === 0) return { ok: false, problem: 'incomplete' };
  return { ok: true, address: { boardId, secret: fragment } };
}

/** Reads a board address from a path and hash; null when either part is missing or damaged. */
export function parseBoardAddress(pathname: string, hash: string): BoardAddress | null {
  const reading = readBoardAddress(pathname, hash);
  return reading.ok ? reading.address : null;
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
