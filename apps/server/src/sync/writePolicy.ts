/**
 * Which parts of a board a participant may change [R3]. The facilitator runs the meeting: the
 * agenda, step and timer (`meeting`), the scale questions (`scales`), the rounds (`rounds`), the
 * board's framework (`meta.framework`) and the drawing's text alternatives (`drawText:{page}`, and
 * schema 1's `drawTexts`). A
 * participant changes everything else, and, in a round that takes answers in the open, their own
 * answer `rounds/{round}/answers/p:{person}`.
 *
 * A Yjs update does not say where its changes land, so this module works it out from the decoded
 * update and the server's document, without applying anything:
 *  - an inserted item names its parent as a root type's name, or as the id of the item holding
 *    the parent type (in the document or earlier in the same update); or it names no parent and
 *    takes its neighbour's parent and map key (its origin, else its right origin);
 *  - a deleted id range covers items in the document, or items inserted by the same update (a
 *    range that covers neither would wait in Yjs for content yet to come, so it is refused).
 * A place is the root's name followed by the map keys down to the change; a position in a list or
 * text reads as `#`.
 */
import * as Y from 'yjs';
import { META, ROOT, ROUND, participantAnswerKey, roundRecord } from '@kinboard/model';
import type { Role } from '../auth/roles';

/** The connection asking to change the board. */
export interface Writer {
  readonly role: Role;
  /** The person id its ticket carries; its own answer key is `p:{person}`. */
  readonly person: string;
}

export type WriteDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** What `Y.decodeUpdate` returns. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

const LIST_POSITION = '#';
const ALLOWED: WriteDecision = { allowed: true };

/** Where a change lands; `gone` when Yjs would drop it unseen (its neighbour or parent was garbage-collected). */
type Place = readonly string[] | 'gone' | 'unknown';

/**
 * Decides whether `writer` may apply `update` to `doc`. Facilitators may change anything; for
 * anyone else every insertion and deletion is placed and checked.
 *
 * @example
 * const decision = checkWrite(room.doc, Y.decodeUpdate(bytes), { role: 'participant', person: 'p_1a2b' });
 * if (!decision.allowed) log(decision.reason);
 */
export function checkWrite(doc: Y.Doc, update: DecodedUpdate, writer: Writer): WriteDecision {
  if (writer.role === 'facilitator') return ALLOWED;
  const places = new Placer(doc, update.structs);
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue;
    // Already on the board (a repeated update, or the start of a longer run): changes nothing.
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const refusal = judge(places.ofNewItem(struct), 'write', doc, writer);
    if (refusal) return { allowed: false, reason: refusal };
  }
  for (const [client, ranges] of update.ds.clients) {
    for (const { clock, len } of ranges) {
      const refusal = places.eachDeleted(client, clock, len, (place) => judge(place, 'delete', doc, writer));
      if (refusal) return { allowed: false, reason: refusal };
    }
  }
  return ALLOWED;
}

/** The reason a change at `place` is refused, or null when it is allowed. */
function judge(place: Place, verb: 'write' | 'delete', doc: Y.Doc, writer: Writer): string | null {
  if (place === 'gone') return null;
  if (place === 'unknown') return `${verb} refers to content this board does not have`;
  const [root, key, field, entry] = place;
  switch (root) {
    case ROOT.meeting:
      return `${verb} in meeting/${key ?? ''}: only the facilitator runs the agenda, the step and the timer`;
    case ROOT.scales:
      return `${verb} in scales: only the facilitator changes the scale questions`;
    case ROOT.drawTexts:
      return `${verb} in drawTexts: only the facilitator writes a drawing's text alternative`;
    case ROOT.meta:
      return key === META.framework ? `${verb} of meta/framework: only the facilitator changes the framework` : null;
    case ROOT.rounds: {
      const ownAnswer = place.length === 4 && field === ROUND.answers && entry === participantAnswerKey(writer.person);
      if (ownAnswer && takesOpenAnswers(doc, key!)) return null;
      return `${verb} in rounds/${key ?? ''}/${field ?? ''}${entry ? `/${entry}` : ''}: only the facilitator runs rounds; a participant gives only their own answer, in an open round`;
    }
    default:
      return root?.startsWith(ROOT.drawPageTextPrefix)
        ? `${verb} in ${root}: only the facilitator writes a drawing's text alternative`
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

/** Finds where items land, in the document or in the update, remembering what it found. */
class Placer {
  /** The update's structs by client, in clock order (as Y.decodeUpdate yields them). */
  private readonly incoming = new Map<number, (Y.Item | Y.GC)[]>();
  private readonly known = new Map<Y.Item, Place>();

  constructor(
    private readonly doc: Y.Doc,
    structs: DecodedUpdate['structs'],
  ) {
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue;
      let list = this.incoming.get(struct.id.client);
      if (!list) this.incoming.set(struct.id.client, (list = []));
      list.push(struct as Y.Item | Y.GC);
    }
  }

  /** Where a not-yet-integrated item from the update lands. */
  ofNewItem(item: Y.Item): Place {
    const remembered = this.known.get(item);
    if (remembered !== undefined) return remembered;
    const place = this.placeNewItem(item);
    this.known.set(item, place);
    return place;
  }

  /**
   * Calls `check` with the place of every live item in `[clock, clock + len)` of `client`.
   * Returns the first refusal, or null.
   */
  eachDeleted(client: number, clock: number, len: number, check: (place: Place) => string | null): string | null {
    const end = clock + len;
    const onBoard = Math.min(end, Y.getState(this.doc.store, client));
    if (clock < onBoard) {
      const structs = this.doc.store.clients.get(client)!;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < onBoard; i++) {
        const struct = structs[i]!;
        // Deleting what is already deleted changes nothing (every sync step 2 repeats old deletions).
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const refusal = check(placeOfBoardItem(struct));
        if (refusal) return refusal;
      }
    }
    // The rest must be content this same update inserts.
    for (let at = Math.max(clock, onBoard); at < end; ) {
      const struct = this.findIncoming(Y.createID(client, at));
      if (!struct) return check('unknown');
      if (struct instanceof Y.Item) {
        const refusal = check(this.ofNewItem(struct));
        if (refusal) return refusal;
      }
      at = struct.id.clock + struct.length;
    }
    return null;
  }

  private placeNewItem(item: Y.Item): Place {
    const parent: unknown = item.parent;
    if (typeof parent === 'string') return [parent, item.parentSub ?? LIST_POSITION];
    if (parent instanceof Y.ID) {
      const holder = this.placeOfTypeAt(parent);
      return typeof holder === 'string' ? holder : [...holder, item.parentSub ?? LIST_POSITION];
    }
    // No parent written: Yjs takes the neighbour's parent and key, and drops the item if a
    // neighbour was garbage-collected.
    let place: Place = 'unknown';
    for (const neighbour of [item.origin, item.rightOrigin]) {
      if (!neighbour) continue;
      const found = this.placeAt(neighbour);
      if (found === 'gone') return 'gone';
      if (place === 'unknown') place = found;
    }
    return place;
  }

  /** Where the item containing `id` lands (in the document or the update). */
  private placeAt(id: Y.ID): Place {
    const onBoard = boardStruct(this.doc, id);
    if (onBoard) return onBoard instanceof Y.Item ? placeOfBoardItem(onBoard) : 'gone';
    const incoming = this.findIncoming(id);
    if (!incoming) return 'unknown';
    return incoming instanceof Y.Item ? this.ofNewItem(incoming) : 'gone';
  }

  /** Where the type held by the item at `id` sits: that item's own place. */
  private placeOfTypeAt(id: Y.ID): Place {
    const onBoard = boardStruct(this.doc, id);
    const holder = onBoard ?? this.findIncoming(id);
    if (!holder) return 'unknown';
    if (!(holder instanceof Y.Item)) return 'gone';
    if (!(holder.content instanceof Y.ContentType)) return 'unknown';
    return onBoard ? placeOfBoardItem(holder) : this.ofNewItem(holder);
  }

  private findIncoming(id: Y.ID): Y.Item | Y.GC | null {
    const list = this.incoming.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = list[mid]!;
      if (id.clock < struct.id.clock) high = mid - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
      else return struct;
    }
    return null;
  }
}

/** The struct of the document that contains `id`, or null when the document has not got it. */
function boardStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  if (id.clock >= Y.getState(doc.store, id.client)) return null;
  const structs = doc.store.clients.get(id.client)!;
  return structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC;
}

/** Where an item already in the document sits. */
function placeOfBoardItem(item: Y.Item): readonly string[] {
  const keys = [item.parentSub ?? LIST_POSITION];
  let type = item.parent as Y.AbstractType<unknown>;
  while (type._item !== null) {
    keys.unshift(type._item.parentSub ?? LIST_POSITION);
    type = type._item.parent as Y.AbstractType<unknown>;
  }
  return [Y.findRootTypeKey(type), ...keys];
}
