/**
 * Where the changes of a Yjs update land, worked out from the decoded update and the server's
 * document without applying anything (writePolicy.ts judges the places):
 *  - an inserted item names its parent as a root type's name, or as the id of the item holding
 *    the parent type (in the document or earlier in the same update); or it names no parent and
 *    takes its neighbour's parent and map key (its origin, else its right origin);
 *  - a deleted id range covers items in the document, or items inserted by the same update.
 * A place is the root's name followed by the map keys down to the change; a position in a list or
 * text reads as `#`.
 *
 * Chains of items that place each other (a paragraph typed offline, a map nested in a map) are
 * followed with an explicit stack, never by recursion, so no update can overflow the stack here;
 * and a place deeper than `MAX_PLACE_LENGTH` is not built, only reported as `tooDeep`.
 */
import * as Y from 'yjs';

/** What `Y.decodeUpdate` returns. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * The longest place (root, then keys) a new item may have. A board's deepest content today is 4
 * (`planRules/{rule}/{field}/#`); this leaves room for growth while refusing the thousands of
 * nested maps that overflow Yjs's own recursion when they are deleted [L3].
 */
export const MAX_PLACE_LENGTH = 12;

export const LIST_POSITION = '#';

/**
 * Where a change lands: the keys down to it; `gone` when Yjs would drop it unseen (its neighbour
 * or parent was garbage-collected); `missing` when it refers to content neither the board nor the
 * update has (yet); `tooDeep` past MAX_PLACE_LENGTH; `notAType` when its parent is not a type.
 */
export type Place = readonly string[] | 'gone' | 'missing' | 'tooDeep' | 'notAType';

/** One step of placing an item: its place, or another item of the update that must be placed first. */
type Step = { readonly place: Place } | { readonly needs: Y.Item };

/** Finds where items land, in the document or in the update, remembering what it found. */
export class Placer {
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
    const stack: Y.Item[] = [item];
    const waiting = new Set<Y.Item>();
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (this.known.has(top)) {
        stack.pop();
        continue;
      }
      const step = this.step(top);
      if ('needs' in step) {
        // An item that (through others) places itself is nonsense: nothing can place it.
        if (waiting.has(step.needs)) this.known.set(top, 'missing');
        else {
          waiting.add(top);
          stack.push(step.needs);
        }
        continue;
      }
      this.known.set(top, step.place);
      stack.pop();
    }
    return this.known.get(item)!;
  }

  /**
   * Calls `check` with the place of every live item in `[clock, clock + len)` of `client`.
   * Returns the first non-null answer.
   */
  eachDeleted<T>(client: number, clock: number, len: number, check: (place: Place) => T | null): T | null {
    const end = clock + len;
    const onBoard = Math.min(end, Y.getState(this.doc.store, client));
    if (clock < onBoard) {
      const structs = this.doc.store.clients.get(client)!;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < onBoard; i++) {
        const struct = structs[i]!;
        // Deleting what is already deleted changes nothing (every sync step 2 repeats old deletions).
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const answer = check(placeOfBoardItem(struct));
        if (answer !== null) return answer;
      }
    }
    // The rest must be content this same update inserts.
    for (let at = Math.max(clock, onBoard); at < end; ) {
      const struct = this.findIncoming(Y.createID(client, at));
      if (!struct) return check('missing');
      if (struct instanceof Y.Item) {
        const answer = check(this.ofNewItem(struct));
        if (answer !== null) return answer;
      }
      at = struct.id.clock + struct.length;
    }
    return null;
  }

  private step(item: Y.Item): Step {
    const parent: unknown = item.parent;
    const key = item.parentSub ?? LIST_POSITION;
    if (typeof parent === 'string') return { place: [parent, key] };
    if (parent instanceof Y.ID) {
      const onBoard = boardStruct(this.doc, parent);
      const holder = onBoard ?? this.findIncoming(parent);
      if (!holder) return { place: 'missing' };
      if (!(holder instanceof Y.Item)) return { place: 'gone' };
      if (!(holder.content instanceof Y.ContentType)) return { place: 'notAType' };
      const above = onBoard ? placeOfBoardItem(holder) : this.known.get(holder);
      if (above === undefined) return { needs: holder };
      return { place: below(above, key) };
    }
    // No parent written: Yjs takes the neighbour's parent and key; it waits while a neighbour is
    // missing, and drops the item if a neighbour was garbage-collected.
    const places: Place[] = [];
    for (const neighbour of [item.origin, item.rightOrigin]) {
      if (!neighbour) continue;
      const onBoard = boardStruct(this.doc, neighbour);
      const found = onBoard ?? this.findIncoming(neighbour);
      if (!found) return { place: 'missing' };
      if (!(found instanceof Y.Item)) places.push('gone');
      else {
        const at = onBoard ? placeOfBoardItem(found) : this.known.get(found);
        if (at === undefined) return { needs: found };
        places.push(at);
      }
    }
    if (places.includes('missing')) return { place: 'missing' };
    if (places.includes('gone')) return { place: 'gone' };
    return { place: places[0] ?? 'missing' };
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

/** The place of an item whose parent type sits at `above`, under `key`. */
function below(above: Place, key: string): Place {
  if (typeof above === 'string') return above;
  if (above.length >= MAX_PLACE_LENGTH) return 'tooDeep';
  return [...above, key];
}

/** The struct of the document that contains `id`, or null when the document has not got it. */
function boardStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  if (id.clock >= Y.getState(doc.store, id.client)) return null;
  const structs = doc.store.clients.get(id.client)!;
  return (structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC | undefined) ?? null;
}

/** Where an item already in the document sits (its whole place, however deep). */
export function placeOfBoardItem(item: Y.Item): readonly string[] {
  const keys = [item.parentSub ?? LIST_POSITION];
  let type = item.parent as Y.AbstractType<unknown>;
  while (type._item !== null) {
    keys.push(type._item.parentSub ?? LIST_POSITION);
    type = type._item.parent as Y.AbstractType<unknown>;
  }
  keys.push(Y.findRootTypeKey(type));
  return keys.reverse();
}
