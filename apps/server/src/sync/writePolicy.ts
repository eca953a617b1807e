/**
 * Which changes a connection may make to a board [R3][R4][L3]. The facilitator runs the meeting:
 * the agenda, step and timer (`meeting`), the scale questions (`scales`), the rounds (`rounds`), the
 * board's framework (`meta.framework`) and the drawing's text alternatives (`drawText:{page}`, and
 * schema 1's `drawTexts`). A participant changes everything else, and, in a round that takes
 * answers in the open, their own answer `rounds/{round}/answers/p:{person}`. Only the server
 * writes what it set when it made the board: `meta.schemaVersion`, `title`, `template`,
 * `createdAt` [R4]. Nobody creates what no board needs: types nested past MAX_PLACE_LENGTH,
 * values nested past MAX_VALUE_DEPTH, or subdocuments [L3].
 *
 * A change that refers to content neither the board nor the update has is not refused: Yjs would
 * hold it until that content arrives, and a client that typed into a statement it made offline
 * sends the typing before the statement whenever it types as its socket opens. The room keeps
 * such an update back and judges it again, with what came after it, as the board will then be
 * [R5] (placement.ts works out where each change lands).
 */
import * as Y from 'yjs';
import { CloseCode, META, ROOT, ROUND, participantAnswerKey, roundRecord } from '@kinboard/model';
import type { Role } from '../auth/roles';
import { Placer, type DecodedUpdate, type Place } from './placement';

export type { DecodedUpdate } from './placement';

/** The connection asking to change the board. */
export interface Writer {
  readonly role: Role;
  /** The person id its ticket carries; its own answer key is `p:{person}`. */
  readonly person: string;
}

export type WriteDecision =
  | { readonly allowed: true; readonly waiting?: undefined }
  /** It refers to content the board has not got yet: judge it again once more has arrived. */
  | { readonly allowed: false; readonly waiting: true }
  | { readonly allowed: false; readonly waiting?: undefined; readonly code: CloseCode; readonly reason: string };

/** How deeply a value (a JSON-like record in a list or map) may nest arrays and objects. */
export const MAX_VALUE_DEPTH = 32;

/** Keys of `meta` only the server sets (when it creates or migrates the board) [R4]. */
const SERVER_META_KEYS: ReadonlySet<string> = new Set([META.schemaVersion, META.title, META.template, META.createdAt]);
/** Keys of `meta` a facilitator may change; a participant changes only `view`. */
const FACILITATOR_META_KEYS: ReadonlySet<string> = new Set([META.framework, META.view]);

const ALLOWED: WriteDecision = { allowed: true };
const WAITING: WriteDecision = { allowed: false, waiting: true };

type Verdict = { readonly code: CloseCode; readonly reason: string } | 'waiting' | null;

/**
 * Decides whether `writer` may apply `update` to `doc`: every insertion and deletion is placed and
 * judged, and every new item's content is bounded.
 *
 * @example
 * const decision = checkWrite(room.doc, Y.decodeUpdate(bytes), { role: 'participant', person: 'p_1a2b' });
 * if (!decision.allowed && !decision.waiting) log(decision.reason);
 */
export function checkWrite(doc: Y.Doc, update: DecodedUpdate, writer: Writer): WriteDecision {
  const places = new Placer(doc, update.structs);
  let waiting = false;
  const seen = new Map<number, number>();
  for (const struct of update.structs) {
    // A gap in a client's run: Yjs would hold what follows until the gap is filled.
    if (struct instanceof Y.Skip || struct.id.clock > (seen.get(struct.id.client) ?? Y.getState(doc.store, struct.id.client)))
      waiting = true;
    seen.set(struct.id.client, Math.max(struct.id.clock + struct.length, seen.get(struct.id.client) ?? 0));
    if (!(struct instanceof Y.Item)) continue;
    // Already on the board (a repeated update, or the start of a longer run): changes nothing.
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const bad = contentRefusal(struct.content);
    if (bad) return { allowed: false, code: CloseCode.malformed, reason: bad };
    const verdict = judge(places.ofNewItem(struct), 'write', doc, writer);
    if (verdict === 'waiting') waiting = true;
    else if (verdict) return { allowed: false, ...verdict };
  }
  for (const [client, ranges] of update.ds.clients) {
    for (const { clock, len } of ranges) {
      const verdict = places.eachDeleted(client, clock, len, (place): Verdict => {
        const v = judge(place, 'delete', doc, writer);
        if (v === 'waiting') waiting = true;
        return v === 'waiting' ? null : v;
      });
      if (verdict && verdict !== 'waiting') return { allowed: false, ...verdict };
    }
  }
  return waiting ? WAITING : ALLOWED;
}

function refusal(reason: string): Verdict {
  return { code: CloseCode.facilitatorOnly, reason };
}

/** Whether a change at `place` is allowed (null), must wait, or is refused. */
function judge(place: Place, verb: 'write' | 'delete', doc: Y.Doc, writer: Writer): Verdict {
  if (place === 'gone') return null;
  if (place === 'missing') return 'waiting';
  if (place === 'notAType') return { code: CloseCode.malformed, reason: `${verb} inside something that is not a shared type` };
  if (place === 'tooDeep') {
    return verb === 'write' ? { code: CloseCode.malformed, reason: `${verb} nested deeper than any board needs` } : null;
  }
  const [root, key, field, entry] = place;
  if (root === ROOT.meta) {
    if (key !== undefined && SERVER_META_KEYS.has(key)) return refusal(`${verb} of meta/${key}: only the server sets it`);
    if (key === META.view && place.length === 2) return null;
    if (writer.role === 'facilitator' && key !== undefined && FACILITATOR_META_KEYS.has(key) && place.length === 2) return null;
    return refusal(`${verb} of meta/${key ?? ''}: only the facilitator changes the framework, and meta holds nothing else of a client's`);
  }
  if (writer.role === 'facilitator') return null;
  switch (root) {
    case ROOT.meeting:
      return refusal(`${verb} in meeting/${key ?? ''}: only the facilitator runs the agenda, the step and the timer`);
    case ROOT.scales:
      return refusal(`${verb} in scales: only the facilitator changes the scale questions`);
    case ROOT.drawTexts:
      return refusal(`${verb} in drawTexts: only the facilitator writes a drawing's text alternative`);
    case ROOT.rounds: {
      const ownAnswer = place.length === 4 && field === ROUND.answers && entry === participantAnswerKey(writer.person);
      if (ownAnswer && key !== undefined && takesOpenAnswers(doc, key)) return null;
      return refusal(
        `${verb} in rounds/${key ?? ''}/${field ?? ''}${entry ? `/${entry}` : ''}: only the facilitator runs rounds; a participant gives only their own answer, in an open round`,
      );
    }
    default:
      return root?.startsWith(ROOT.drawPageTextPrefix)
        ? refusal(`${verb} in ${root}: only the facilitator writes a drawing's text alternative`)
        : null;
  }
}

/**
 * A round in which people give their numbers straight into the board: open, and not closed. An
 * open round that shows its answers still takes changes (as `giveOpenAnswer` does).
 */
function takesOpenAnswers(doc: Y.Doc, roundId: string): boolean {
  let record: Y.Map<unknown>;
  try {
    record = roundRecord(doc, roundId);
  } catch {
    return false;
  }
  const state = record.get(ROUND.state);
  return record.get(ROUND.mode) === 'open' && (state === 'collecting' || state === 'revealed');
}

/** Why a new item's content is refused, or null: subdocuments, and values nested too deep [L3]. */
function contentRefusal(content: Y.Item['content']): string | null {
  if (content instanceof Y.ContentDoc) return 'a subdocument (no board has one)';
  let values: readonly unknown[] = [];
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) values = content.arr;
  else if (content instanceof Y.ContentEmbed) values = [content.embed];
  else if (content instanceof Y.ContentFormat) values = [content.value];
  for (const value of values) {
    if (valueDepth(value, MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH) return `a value nested deeper than ${MAX_VALUE_DEPTH}`;
  }
  return null;
}

/** How deeply arrays and objects nest in `value`, walked without recursion; stops once past `limit`. */
export function valueDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [next, depth] = stack.pop()!;
    if (typeof next !== 'object' || next === null || next instanceof Uint8Array) continue;
    const here = depth + 1;
    if (here > deepest && (deepest = here) > limit) return deepest;
    const children = Array.isArray(next) ? next : Object.values(next);
    for (const child of children) stack.push([child, here]);
  }
  return deepest;
}
