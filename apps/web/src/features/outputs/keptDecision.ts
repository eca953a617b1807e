/**
 * The chair's unsaved decision as kept on this device (useKeptDraft), read back only when every
 * field still has the shape the form gives it: a stored value from an older version, or changed
 * by hand, is dropped rather than shown wrongly.
 */
import { PLAN_CATEGORIES, type MeetingDecision, type PlanCategory } from '@kinboard/model';

const isYesNo = (v: unknown): v is boolean | null => v === null || typeof v === 'boolean';

export function fitDecision(stored: unknown): MeetingDecision | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as Record<string, unknown>;
  const category = s.category;
  const isCategory = category === null || (PLAN_CATEGORIES as readonly unknown[]).includes(category);
  const review = s.nextReview;
  const people = s.disagreements;
  if (!isYesNo(s.planNeeded) || !isYesNo(s.planAgreed) || !isCategory) return null;
  if (!(review === null || typeof review === 'string') || typeof s.notes !== 'string' || !Array.isArray(people)) return null;
  const disagreements = people.flatMap((p: unknown) => {
    const { name, why } = (p ?? {}) as { name?: unknown; why?: unknown };
    return typeof name === 'string' && typeof why === 'string' ? [{ name, why }] : [];
  });
  if (disagreements.length !== people.length) return null;
  return {
    planNeeded: s.planNeeded,
    category: category as PlanCategory | null,
    planAgreed: s.planAgreed,
    nextReview: review,
    disagreements,
    notes: s.notes,
  };
}
