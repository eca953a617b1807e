/**
 * The chair's requests about the people on a board: invite with a personal link, list, remove,
 * the lobby, and whether shared links need admission. Authorised with the chair's link secret
 * (`Authorization: Bearer …`, never in a URL). Each call answers with the value or with plain
 * words, never throws.
 */
import type { Role } from '../../api/roles';
import { plainServerError } from '../../api/plainServerError';
import { t } from '../../i18n';

export interface PersonOnBoard {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly relation?: string;
  /** The interface language on their record (a shipped code), when chosen. */
  readonly language?: string;
  readonly hasLink: boolean;
  readonly connected: boolean;
}

export interface Invited {
  readonly person: { readonly id: string; readonly name: string; readonly role: Role };
  /** The person's own link: it opens the board as them and nobody else. */
  readonly link: string;
}

export interface Waiting {
  readonly request: string;
  readonly name: string;
  readonly since: string;
}

export type PeopleResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** `credential` is this device's, so the audit trail can name who did each thing. */
export function peopleApi(boardId: string, secret: string, credential: string | null = null, fetchFn: typeof fetch = fetch) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<PeopleResult<T>> {
    let response: Response;
    try {
      response = await fetchFn(`/api/boards/${encodeURIComponent(boardId)}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${secret}`,
          ...(credential ? { 'kinboard-credential': credential } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        referrerPolicy: 'no-referrer',
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return { ok: false, message: t('api.kinboardUnreachable') };
    }
    const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.ok) return { ok: true, value: json as T };
    if (response.status === 403) return { ok: false, message: t('api.onlyChair') };
    return { ok: false, message: plainServerError(response.status, json, t('api.didNotWork')) };
  }
  return {
    invite: (name: string, role: Role, relation: string) =>
      call<Invited>('POST', '/people', { name, role, ...(relation ? { relation } : {}) }),
    list: () => call<{ people: PersonOnBoard[] }>('GET', '/people'),
    remove: (personId: string) => call<null>('DELETE', `/people/${encodeURIComponent(personId)}`),
    lobby: () => call<{ waiting: Waiting[] }>('GET', '/lobby'),
    /** Admits (as `role`, or as someone already on the board) or turns away one waiting newcomer. */
    decide: (request: string, admit: boolean, as: { role?: 'participant' | 'viewer'; person?: string } = {}) =>
      call<null>('POST', `/lobby/${encodeURIComponent(request)}`, { admit, ...as }),
    /** Sets a person's interface language on their record (null forgets it): anyone their own, the chair anyone's. */
    setLanguage: (personId: string, language: string | null) =>
      call<{ person: { id: string; language: string | null } }>('PUT', `/people/${encodeURIComponent(personId)}/language`, { language }),
    admission: () => call<{ required: boolean }>('GET', '/admission'),
    setAdmission: (required: boolean) => call<{ required: boolean }>('PUT', '/admission', { required }),
  };
}

export type PeopleApi = ReturnType<typeof peopleApi>;
