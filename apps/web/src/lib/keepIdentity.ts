/**
 * Structural sharing for read models: `keepIdentity(before, after)` returns `after`, except that
 * every part of it equal in value to the same part of `before` is `before`'s object. A read model
 * read again after a change then hands unchanged statements, lists and words to React as the very
 * objects it had, so memoised components (a statement card) skip drawing them again; only what
 * the change touched is new. Plain objects and arrays are compared (items of an array that have
 * a string `id` are matched by id, so an item added or moved leaves the others as they were);
 * anything else (a Map, a class) by identity only.
 *
 * @example
 * const next = keepIdentity(previousMapping, readMapping(doc));
 * next.columns[1] === previousMapping.columns[1]; // when nothing in that column changed
 */
export function keepIdentity<T>(before: unknown, after: T): T {
  if (Object.is(before, after)) return after;
  if (Array.isArray(after)) {
    if (!Array.isArray(before)) return after;
    let same = before.length === after.length;
    // Records with an id are matched by id, so a statement added at the top keeps all the others.
    const byId = new Map<unknown, unknown>();
    for (const item of before) if (isPlainObject(item) && typeof item.id === 'string') byId.set(item.id, item);
    const merged = after.map((item, i) => {
      const match = isPlainObject(item) && typeof item.id === 'string' && byId.has(item.id) ? byId.get(item.id) : before[i];
      const kept = keepIdentity(match, item);
      if (kept !== before[i]) same = false;
      return kept;
    });
    return (same ? before : merged) as T;
  }
  if (!isPlainObject(after) || !isPlainObject(before)) return after;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const merged: Record<string, unknown> = {};
  for (const key of keys) {
    const kept = keepIdentity(before[key], after[key]);
    if (!Object.hasOwn(before, key) || kept !== before[key]) same = false;
    merged[key] = kept;
  }
  return (same ? before : merged) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
