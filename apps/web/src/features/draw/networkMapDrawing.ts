/**
 * Drawing the network list on the network-map page, and keeping the drawn names in step with the
 * list (the plan is the model's `networkMapPlan`). Each person's shape carries the network entry
 * it stands for in `meta.networkMemberId`, so a renamed person is renamed on the map and a person
 * taken off the list is marked there (grey, dashed, "no longer on the network list"), not removed.
 */
import { PERSON_SIZE, networkMapPlan, richTextToPlain, type MapGroup, type NetworkMemberView, type PlacedPerson } from '@kinboard/model';
import { createShapeId, toRichText, type Editor, type TLGeoShape, type TLPageId, type TLShapeId, type TLShapePartial } from 'tldraw';
import { STARTER_LAYOUTS } from './starterLayouts';

export const NETWORK_MAP_PAGE = 'page:network-map' as TLPageId;
const MEMBER_META = 'networkMemberId';

const GROUP_COLOUR: Readonly<Record<MapGroup, 'violet' | 'orange' | 'green' | 'blue' | 'grey'>> = {
  child: 'violet',
  family: 'orange',
  friends: 'green',
  professionals: 'blue',
  others: 'grey',
};

/** The people drawn on the network map, as the page has them now. */
export function placedPeople(editor: Editor): PlacedPerson[] {
  const placed: PlacedPerson[] = [];
  for (const id of editor.getPageShapeIds(NETWORK_MAP_PAGE)) {
    const shape = editor.getShape(id);
    const memberId = shape?.meta?.[MEMBER_META];
    if (!shape || typeof memberId !== 'string') continue;
    placed.push({ shapeId: shape.id, memberId, text: richTextToPlain((shape.props as { richText?: unknown }).richText).trim() });
  }
  return placed;
}

function applyNames(editor: Editor, plan: ReturnType<typeof networkMapPlan>): void {
  const updates: TLShapePartial<TLGeoShape>[] = [
    ...plan.rename.map((r) => ({ id: r.shapeId as TLShapeId, type: 'geo' as const, props: { richText: toRichText(r.text) } })),
    ...plan.markRemoved.map((r) => ({
      id: r.shapeId as TLShapeId,
      type: 'geo' as const,
      props: { richText: toRichText(r.text), color: 'grey' as const, dash: 'dashed' as const, fill: 'none' as const },
    })),
  ];
  if (updates.length > 0) editor.updateShapes(updates);
}

/**
 * The one action: draws everyone on the list who is not on the map yet, around the child and
 * grouped by connection (the page's starter rings first, if the page is empty), and brings the
 * names already drawn in step. Returns how many people it drew.
 */
export function drawNetworkFromList(editor: Editor, network: readonly NetworkMemberView[]): number {
  const plan = networkMapPlan(network, placedPeople(editor));
  editor.run(() => {
    if (editor.getPageShapeIds(NETWORK_MAP_PAGE).size === 0) {
      editor.createShapes(STARTER_LAYOUTS['page:network-map']().map((shape) => ({ ...shape, parentId: NETWORK_MAP_PAGE })));
    }
    editor.createShapes(
      plan.add.map((person) => ({
        id: createShapeId(),
        type: 'geo',
        parentId: NETWORK_MAP_PAGE,
        x: person.x,
        y: person.y,
        meta: { [MEMBER_META]: person.memberId },
        props: {
          geo: 'rectangle',
          w: PERSON_SIZE.w,
          h: PERSON_SIZE.h,
          color: GROUP_COLOUR[person.group],
          fill: 'semi',
          size: 's',
          richText: toRichText(person.text),
        },
      })),
    );
    applyNames(editor, plan);
  });
  return plan.add.length;
}

/** Renames and marks people already drawn so the map says what the list says; draws nobody new. */
export function keepNetworkMapInStep(editor: Editor, network: readonly NetworkMemberView[]): void {
  const placed = placedPeople(editor);
  if (placed.length === 0) return;
  const plan = networkMapPlan(network, placed);
  if (plan.rename.length + plan.markRemoved.length > 0) editor.run(() => applyNames(editor, plan));
}
