/**
 * Which entry each network member id stands for once merges are followed. Pure: computed from the
 * document alone, so every replica that has the same updates resolves the same way, whatever order
 * concurrent merges arrived in.
 *
 * A merge chain a → b → c resolves a and b to c. Two merges made at once can form a cycle
 * (a → b on one device, b → a on another): then the smallest id in the cycle stands for all of it.
 * A merge into an entry that is not there (removed) is ignored.
 */
import type * as Y from 'yjs';
import { networkMap } from '../schema';
import { MEMBER_IDENTITY } from './memberIdentity';

/** Every member id on the board → the id of the entry that stands for it (itself when not merged). */
export function resolveMembers(doc: Y.Doc): Map<string, string> {
  const next = new Map<string, string>();
  const ids: string[] = [];
  networkMap(doc).forEach((record, id) => {
    ids.push(id);
    const into = typeof record?.get === 'function' ? record.get(MEMBER_IDENTITY.mergedInto) : undefined;
    if (typeof into === 'string' && into !== id) next.set(id, into);
  });
  const present = new Set(ids);
  const resolved = new Map<string, string>();
  for (const start of ids) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at = start;
    while (!resolved.has(at)) {
      const into = next.get(at);
      if (into === undefined || !present.has(into)) {
        resolved.set(at, at);
        break;
      }
      if (onPath.has(at)) {
        // A cycle: its smallest id stands for the whole of it.
        const cycle = path.slice(path.indexOf(at));
        const root = [...cycle].sort()[0]!;
        for (const id of cycle) resolved.set(id, root);
        break;
      }
      path.push(at);
      onPath.add(at);
      at = into;
    }
    const root = resolved.get(at)!;
    for (const id of path) if (!resolved.has(id)) resolved.set(id, root);
  }
  return resolved;
}
