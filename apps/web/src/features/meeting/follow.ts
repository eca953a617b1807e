/**
 * Following the chair. A facilitator's screen puts its focus (`column:worries`, `scale:safety`,
 * `plan`, …) in its presence as the `focus` field; a follower's screen moves whenever that
 * changes. Only entries whose `user.role` is facilitator count: the server sets that role from
 * the link each connection used (SPEC A1), so nobody else can pose as the chair.
 *
 * "Bring everyone here" is a summon written into the board; every screen jumps once when a newer
 * one arrives (not on opening the board), then people may leave again.
 */
import {
  DEFAULT_FRAMEWORK,
  DOMAINS,
  SECTIONS,
  isFocusTarget,
  isSectionId,
  type FocusTarget,
  type StepKind,
  type Summon,
} from '@kinboard/model';
import { DRAW_PAGES, drawPageName, drawPageOf } from '../draw';
import { localTerms, t } from '../../i18n';

/** The presence field a facilitator's focus travels in. */
export const FOCUS_FIELD = 'focus';

export interface ChairHere {
  readonly clientId: number;
  /** The person's id (the same in every tab of theirs). */
  readonly id: string;
  readonly name: string;
  readonly focus: FocusTarget | null;
}

/** The facilitators with the board open, other than this screen, in a steady order. */
export function chairsHere(states: ReadonlyMap<number, Record<string, unknown>>, myClientId: number): ChairHere[] {
  const chairs: ChairHere[] = [];
  for (const [clientId, state] of states) {
    if (clientId === myClientId) continue;
    const user = state.user as { id?: unknown; name?: unknown; role?: unknown } | undefined;
    if (!user || user.role !== 'facilitator' || typeof user.id !== 'string') continue;
    const name = typeof user.name === 'string' && user.name.trim() ? user.name.trim() : t('meeting.follow.theFacilitator');
    const focus = isFocusTarget(state[FOCUS_FIELD]) ? (state[FOCUS_FIELD] as FocusTarget) : null;
    chairs.push({ clientId, id: user.id, name, focus });
  }
  return chairs.sort((a, b) => a.clientId - b.clientId);
}

/**
 * The chair to follow: the one this person chose if still here, otherwise the first whose focus
 * is known, otherwise the first.
 */
export function chairToFollow(chairs: readonly ChairHere[], chosenId: string | null): ChairHere | null {
  return chairs.find((c) => c.id === chosenId) ?? chairs.find((c) => c.focus !== null) ?? chairs[0] ?? null;
}

/** Where a follower's screen should go now, or null to stay. */
export function followerFocus(following: boolean, chair: ChairHere | null, current: FocusTarget): FocusTarget | null {
  if (!following || !chair?.focus || chair.focus === current) return null;
  return chair.focus;
}

/** True when a summon is newer than the last one this screen has seen (or been opened with). */
export function isNewSummon(summon: Summon | null, seenAt: number): summon is Summon {
  return summon !== null && summon.at > seenAt;
}

/** Where choosing an agenda step takes the chair (and so their followers); null: stay. */
export const STEP_FOCUS: Readonly<Record<StepKind, FocusTarget | null>> = {
  'working-well': 'column:working-well',
  worries: 'column:worries',
  scaling: 'scale:safety',
  'next-steps': 'column:next-steps',
  own: null,
};

/** A focus target in plain words, for "Following Jo: …" and the shared screen. */
export function focusText(target: FocusTarget): string {
  const [kind, rest = ''] = target.split(/:(.*)/s) as [string, string?];
  if (kind === 'column') return isSectionId(rest) ? localTerms(DEFAULT_FRAMEWORK).columns[rest].title : t('meeting.follow.aColumn');
  if (kind === 'domain') {
    const domain = DOMAINS.find((d) => d.id === rest);
    return domain ? rest.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) : t('meeting.follow.partOfBoard');
  }
  if (kind === 'scale') return t('board.part.scales');
  if (target === 'plan') return t('meeting.follow.thePlan');
  const drawPage = drawPageOf(target);
  if (drawPage !== null) {
    const page = DRAW_PAGES.find((p) => p.id === drawPage);
    return page ? t('meeting.follow.drawing', { name: drawPageName(page) }) : t('meeting.follow.aDrawing');
  }
  if (target === 'meeting') return t('board.part.meeting');
  if (target === 'network') return t('meeting.follow.theNetwork');
  if (kind === 'house') return t('meeting.follow.theThreeHouses');
  return t('meeting.follow.theBoard');
}

/** The column a column or domain target is about, for highlighting and the shared screen. */
export function focusSection(target: FocusTarget): (typeof SECTIONS)[number]['id'] | null {
  if (target.startsWith('column:')) return SECTIONS.find((s) => `column:${s.id}` === target)?.id ?? null;
  if (target.startsWith('domain:')) return DOMAINS.find((d) => `domain:${d.id}` === target)?.section ?? null;
  return null;
}
