/**
 * Drawing the network list as a map: each person on the list placed around the child, grouped by
 * how they are connected (family to one side, friends and community to the other, professionals
 * below, anyone else above), and the drawn names kept in step with the list. A person taken off
 * the list is marked on the map, never silently dropped: the map is a record of who was around
 * the child. Pure: the drawing code gives what is on the page and applies what this returns.
 */
import type { MemberKind, NetworkMemberView } from './networkMembers';

/** The groups of the map, by how someone is connected to the child. */
export type MapGroup = 'child' | 'family' | 'friends' | 'professionals' | 'others';

const GROUP_OF: Readonly<Record<MemberKind, MapGroup>> = {
  child: 'child',
  family: 'family',
  friend: 'friends',
  professional: 'professionals',
  interpreter: 'others',
  other: 'others',
};

/** Where each group's arc is centred, in degrees clockwise from the right (screen y points down). */
const GROUP_ANGLE: Readonly<Record<Exclude<MapGroup, 'child'>, number>> = {
  family: 180,
  friends: 0,
  professionals: 90,
  others: 270,
};

/** Words added to the name of someone no longer on the list (English; i18n will take it). */
export const REMOVED_FROM_LIST = 'no longer on the network list';

export const MAP_RADIUS = 370;
const ARC_DEGREES = 70;
export const PERSON_SIZE = { w: 170, h: 80 } as const;

/** A person drawn on the map, as the drawing finds it. */
export interface PlacedPerson {
  readonly shapeId: string;
  readonly memberId: string;
  /** The words drawn in the shape now. */
  readonly text: string;
}

export interface PersonToDraw {
  readonly memberId: string;
  readonly text: string;
  readonly group: MapGroup;
  /** Top-left corner, around the child at (0, 0). */
  readonly x: number;
  readonly y: number;
}

export interface NetworkMapPlan {
  /** People on the list not yet on the map. */
  readonly add: readonly PersonToDraw[];
  /** People on the map whose name or relationship changed on the list. */
  readonly rename: readonly { readonly shapeId: string; readonly text: string }[];
  /** People on the map no longer on the list: marked, with their last words kept. */
  readonly markRemoved: readonly { readonly shapeId: string; readonly text: string }[];
}

/** The words drawn for a person: their name, and their relationship on a second line. */
export function personMapText(member: Pick<NetworkMemberView, 'name' | 'relationship'>): string {
  return member.relationship ? `${member.name}\n${member.relationship}` : member.name;
}

function removedText(text: string): string {
  return text.includes(REMOVED_FROM_LIST) ? text : `${text}\n(${REMOVED_FROM_LIST})`;
}

function place(group: MapGroup, index: number, count: number): { x: number; y: number } {
  if (group === 'child') return { x: -PERSON_SIZE.w / 2 + (index - (count - 1) / 2) * (PERSON_SIZE.w + 20), y: 70 };
  const step = count > 1 ? ARC_DEGREES / (count - 1) : 0;
  const angle = ((GROUP_ANGLE[group] - ARC_DEGREES / 2 + (count > 1 ? index * step : ARC_DEGREES / 2)) * Math.PI) / 180;
  return {
    x: Math.round(Math.cos(angle) * MAP_RADIUS - PERSON_SIZE.w / 2),
    y: Math.round(Math.sin(angle) * MAP_RADIUS - PERSON_SIZE.h / 2),
  };
}

/**
 * What to draw, rename and mark so the map shows the list. Everyone on the list is placed by
 * group (in list order within a group); people already drawn keep their place.
 *
 * @example
 * const plan = networkMapPlan(readNetwork(doc), placedOnPage);
 * for (const p of plan.add) drawPerson(p);
 */
export function networkMapPlan(network: readonly NetworkMemberView[], placed: readonly PlacedPerson[]): NetworkMapPlan {
  const onList = new Map(network.map((m) => [m.id, m]));
  // A person merged into another entry is that entry (people/mergeMembers.ts).
  for (const m of network) for (const merged of m.mergedIds) onList.set(merged, m);
  const drawn = new Set(placed.map((p) => onList.get(p.memberId)?.id ?? p.memberId));
  const byGroup = new Map<MapGroup, NetworkMemberView[]>();
  for (const m of network) {
    const group = GROUP_OF[m.kind];
    byGroup.set(group, [...(byGroup.get(group) ?? []), m]);
  }
  const add: PersonToDraw[] = [];
  for (const [group, members] of byGroup) {
    members.forEach((m, i) => {
      if (!drawn.has(m.id)) add.push({ memberId: m.id, text: personMapText(m), group, ...place(group, i, members.length) });
    });
  }
  const rename: { shapeId: string; text: string }[] = [];
  const markRemoved: { shapeId: string; text: string }[] = [];
  for (const p of placed) {
    const member = onList.get(p.memberId);
    if (!member) {
      if (!p.text.includes(REMOVED_FROM_LIST)) markRemoved.push({ shapeId: p.shapeId, text: removedText(p.text) });
    } else if (p.text !== personMapText(member)) rename.push({ shapeId: p.shapeId, text: personMapText(member) });
  }
  return { add, rename, markRemoved };
}
