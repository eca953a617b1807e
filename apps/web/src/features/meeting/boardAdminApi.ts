/**
 * The board's management requests (`/api/boards/{id}/…`), authorised with this page's link
 * secret as `Authorization: Bearer {secret}`; the secret never goes in a URL. Each call answers
 * with the value or with plain words for the person, never throws.
 */
import type { MeetingRecordContent } from '@kinboard/model';
import type { Role } from '../../api/roles';
import { plainServerError, serverSentence } from '../../api/plainServerError';
import { t } from '../../i18n';

export interface AdminAccess {
  readonly boardId: string;
  readonly secret: string;
  /** This device's credential on the board: a shared link alone opens nothing where the board requires admission. */
  readonly credential?: string | null;
}

export type AdminResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface BoardInfo {
  readonly title: string;
  readonly role: Role;
  readonly locked: boolean;
  readonly meeting: { readonly id: string; readonly startedAt: string } | null;
  /** Facilitators only: when each link stops working (ISO), null for never. */
  readonly linkExpiry?: Readonly<Record<Role, string | null>>;
}

export interface Attendee {
  readonly name: string;
  readonly role: Role | 'in the room';
  readonly where: 'remote' | 'in the room' | 'phone';
  /** An interpreter's line: the language they interpret and whose words. */
  readonly interprets?: { readonly language: string | null; readonly forName: string | null };
}

export interface MeetingSummary {
  readonly id: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly attendees: readonly Attendee[];
}

/** An ended meeting with the whole board as it was at the end: columns, domains, pairs, plan, network, scales, rounds. */
export interface MeetingRecord extends MeetingSummary, MeetingRecordContent {
  /** The board as it was at the end (base64 Yjs update) when a page was drawn on, for its pictures. */
  readonly boardAtEnd?: string | null;
}

export interface AuditEntry {
  readonly at: number;
  readonly event: string;
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

export interface RemovedPerson {
  readonly name: string | null;
  readonly role: Role;
  readonly link: string | null;
}

function refusal(status: number, body: unknown): string {
  if (status === 401) return t('api.linkNoLongerWorks');
  if (status === 403) return t('api.onlyChair');
  const said = status === 404 || status === 409 ? serverSentence(body) : null;
  return said ?? plainServerError(status, body, t('api.didNotWork'));
}

async function call<T>(
  access: AdminAccess,
  method: string,
  path: string,
  body?: unknown,
  fetchFn: typeof fetch = fetch,
): Promise<AdminResult<T>> {
  const headers: Record<string, string> = { authorization: `Bearer ${access.secret}` };
  if (access.credential) headers['kinboard-credential'] = access.credential;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchFn(`/api/boards/${encodeURIComponent(access.boardId)}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      referrerPolicy: 'no-referrer',
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, message: t('api.kinboardUnreachable') };
  }
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) return { ok: false, message: refusal(response.status, json) };
  return { ok: true, value: json as T };
}

/** The board's management calls for one link. */
export function boardAdmin(access: AdminAccess, fetchFn: typeof fetch = fetch) {
  const run = <T>(method: string, path: string, body?: unknown) => call<T>(access, method, path, body, fetchFn);
  return {
    info: () => run<BoardInfo>('GET', ''),
    replaceLink: (role: Role) => run<{ role: Role; link: string }>('POST', `/links/${role}`),
    /** The participant or viewer link as it is now (facilitators only; SPEC K17). */
    currentLink: (role: Exclude<Role, 'facilitator'>) => run<{ role: Role; link: string }>('GET', `/links/${role}`),
    setLinkExpiry: (role: Role, expiresAt: string | null) =>
      run<{ role: Role; expiresAt: string | null }>('PUT', `/links/${role}/expiry`, { expiresAt }),
    setLocked: (locked: boolean) => run<{ locked: boolean }>('PUT', '/lock', { locked }),
    removePerson: (clientId: number, replaceLink: boolean) => run<RemovedPerson>('POST', `/people/${clientId}/remove`, { replaceLink }),
    startMeeting: () => run<{ id: string; startedAt: string }>('POST', '/meetings'),
    endMeeting: () => run<MeetingSummary>('POST', '/meetings/end'),
    meetings: () => run<{ meetings: MeetingSummary[] }>('GET', '/meetings'),
    meetingRecord: (meetingId: string) => run<MeetingRecord>('GET', `/meetings/${encodeURIComponent(meetingId)}`),
    audit: () => run<{ entries: AuditEntry[] }>('GET', '/audit'),
    deleteBoard: () => run<null>('DELETE', ''),
  };
}

export type BoardAdmin = ReturnType<typeof boardAdmin>;
