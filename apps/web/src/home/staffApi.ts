/**
 * The home page's requests for signed-in staff: who is signed in, their boards, opening one as
 * facilitator, handing one to a colleague, signing out. Each answers with data or a message in
 * plain words.
 */
import { plainServerError, serverSentence } from '../api/plainServerError';
import { t } from '../i18n';

export interface StaffMember {
  readonly name: string;
  readonly email: string;
}

export interface MyBoard {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly lastActiveAt: string;
  /** When the board will be deleted if nobody uses it (null: kept until deleted by hand). */
  readonly deletesAt: string | null;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

async function request<T>(path: string, init: RequestInit, read: (body: unknown) => T | null, fallback: string): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', referrerPolicy: 'no-referrer', ...init });
  } catch {
    return { ok: false, message: t('api.couldNotReach') };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) {
    const value = read(body);
    return value === null ? { ok: false, message: fallback } : { ok: true, value };
  }
  if (response.status === 401) return { ok: false, message: t('home.staff.signedOut') };
  const said = response.status === 404 ? serverSentence(body) : null;
  if (said) return { ok: false, message: said };
  return { ok: false, message: plainServerError(response.status, body, fallback) };
}

function post(body?: unknown): RequestInit {
  return body === undefined
    ? { method: 'POST' }
    : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** Whether this Kinboard has staff sign-in, and who is signed in (null for nobody). */
export async function fetchSignInState(): Promise<{ signIn: boolean; person: StaffMember | null }> {
  try {
    const config = (await (await fetch('/api/config')).json()) as { signIn?: unknown };
    if (config.signIn !== true) return { signIn: false, person: null };
    const me = await fetch('/api/me', { credentials: 'same-origin' });
    if (!me.ok) return { signIn: true, person: null };
    const body = (await me.json()) as { name?: unknown; email?: unknown };
    return { signIn: true, person: { name: String(body.name ?? ''), email: String(body.email ?? '') } };
  } catch {
    return { signIn: false, person: null };
  }
}

export function fetchMyBoards(): Promise<Result<MyBoard[]>> {
  return request(
    '/api/boards',
    {},
    (body) => {
      const boards = (body as { boards?: unknown } | null)?.boards;
      return Array.isArray(boards) ? (boards as MyBoard[]) : null;
    },
    t('home.staff.listFailed'),
  );
}

/** The facilitator link of one of your boards. */
export function openMyBoard(boardId: string): Promise<Result<string>> {
  return request(
    `/api/boards/${encodeURIComponent(boardId)}/open`,
    post(),
    (body) => {
      const link = (body as { link?: unknown } | null)?.link;
      return typeof link === 'string' ? link : null;
    },
    t('home.staff.openFailed'),
  );
}

export function handOverBoard(boardId: string, email: string): Promise<Result<StaffMember>> {
  return request(
    `/api/boards/${encodeURIComponent(boardId)}/handover`,
    post({ email }),
    (body) => {
      const owner = (body as { owner?: StaffMember } | null)?.owner;
      return owner && typeof owner.name === 'string' ? owner : null;
    },
    t('home.staff.handOverFailed'),
  );
}

export function signOut(): Promise<Result<true>> {
  return request('/auth/logout', post(), () => true, t('home.staff.signOutFailed'));
}
