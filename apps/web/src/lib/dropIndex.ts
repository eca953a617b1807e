/**
 * Where a dragged statement lands, as `moveStatement` counts it: among the section's other
 * statements. `dropAt` is a gap in the list as shown, which still contains the dragged one
 * when it comes from this same section.
 */
export function dropIndexAmongOthers(shownIds: readonly string[], draggedId: string, dropAt: number): number {
  const from = shownIds.indexOf(draggedId);
  return from !== -1 && from < dropAt ? dropAt - 1 : dropAt;
}
