/**
 * Moving a statement one place up or down within the list it is shown in (a domain, or the
 * column's "not sorted yet" tray) while the model orders statements by column. `moveStatement`
 * within a column keeps the statement's domain (filed or not), so a step within a domain is a
 * move to the column position of the neighbour it steps past.
 */

/**
 * The index among the column's other statements to pass to `moveStatement`, or null when the
 * statement is already first (step -1) or last (step 1) in its list.
 *
 * @example
 * // column a b c d, domain list b d: moving d up puts it just before b
 * columnIndexForStep(['a', 'b', 'c', 'd'], ['b', 'd'], 'd', -1) // 1
 */
export function columnIndexForStep(columnIds: readonly string[], listIds: readonly string[], id: string, step: -1 | 1): number | null {
  const at = listIds.indexOf(id);
  if (at === -1) return null;
  const neighbour = listIds[at + step];
  if (neighbour === undefined) return null;
  const others = columnIds.filter((other) => other !== id);
  const neighbourAt = others.indexOf(neighbour);
  if (neighbourAt === -1) return null;
  return step === -1 ? neighbourAt : neighbourAt + 1;
}
