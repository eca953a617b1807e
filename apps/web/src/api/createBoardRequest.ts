/** Asks the server for a new board; answers with its three links or a plain-words error. */
import type { FrameworkId, TemplateId } from '@kinboard/model';
import { plainServerError } from './plainServerError';
import { t } from '../i18n';

export interface BoardLinks {
  readonly facilitator: string;
  readonly participant: string;
  readonly viewer: string;
}

export interface CreatedBoard {
  readonly id: string;
  readonly links: BoardLinks;
}

export type CreateBoardResult = { readonly ok: true; readonly board: CreatedBoard } | { readonly ok: false; readonly message: string };

function isCreatedBoard(body: unknown): body is CreatedBoard {
  const b = body as { id?: unknown; links?: Record<string, unknown> } | null;
  return (
    typeof b?.id === 'string' &&
    typeof b.links?.facilitator === 'string' &&
    typeof b.links.participant === 'string' &&
    typeof b.links.viewer === 'string'
  );
}

/** How the new board starts: its template and the framework whose words it uses. */
export interface BoardChoices {
  readonly template: TemplateId;
  readonly framework: FrameworkId;
}

export async function createBoardRequest(title: string, choices: BoardChoices, fetchFn: typeof fetch = fetch): Promise<CreateBoardResult> {
  let response: Response;
  try {
    response = await fetchFn('/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, template: choices.template, framework: choices.framework }),
      referrerPolicy: 'no-referrer',
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, message: t('api.couldNotReach') };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 201 || response.ok) {
    if (isCreatedBoard(body)) return { ok: true, board: body };
    return { ok: false, message: t('api.createBoardFailed') };
  }
  return { ok: false, message: plainServerError(response.status, body, t('api.createBoardFailed')) };
}
