import { describe, expect, it } from 'vitest';
import { newBoard } from '../test/board';
import { addNetworkMember, readNetwork, removeNetworkMember, updateNetworkMember } from './networkMembers';
import { MAP_RADIUS, REMOVED_FROM_LIST, networkMapPlan, type PlacedPerson } from './networkMapPlan';

function board() {
  const doc = newBoard();
  const ids = {
    kerry: addNetworkMember(doc, { name: 'Kerry', relationship: 'mum', kind: 'family' }),
    rosa: addNetworkMember(doc, { name: 'Rosa', relationship: 'grandmother', kind: 'family' }),
    jo: addNetworkMember(doc, { name: 'Jo', relationship: 'neighbour', kind: 'friend' }),
    sam: addNetworkMember(doc, { name: 'Sam', relationship: 'social worker', kind: 'professional' }),
    mia: addNetworkMember(doc, { name: 'Mia', kind: 'child' }),
  };
  return { doc, ids };
}

describe('networkMapPlan', () => {
  it('places everyone on the list around the child, grouped by how they are connected', () => {
    const { doc, ids } = board();
    const plan = networkMapPlan(readNetwork(doc), []);
    const at = new Map(plan.add.map((p) => [p.memberId, p]));
    expect(plan.add.map((p) => [p.text, p.group])).toEqual([
      ['Kerry\nmum', 'family'],
      ['Rosa\ngrandmother', 'family'],
      ['Jo\nneighbour', 'friends'],
      ['Sam\nsocial worker', 'professionals'],
      ['Mia', 'child'],
    ]);
    const centre = (id: string) => ({ x: at.get(id)!.x + 85, y: at.get(id)!.y + 40 });
    // Family to the left, friends to the right, professionals below, each on the ring.
    expect(centre(ids.kerry).x).toBeLessThan(-MAP_RADIUS / 2);
    expect(centre(ids.rosa).x).toBeLessThan(-MAP_RADIUS / 2);
    expect(centre(ids.jo).x).toBeGreaterThan(MAP_RADIUS / 2);
    expect(centre(ids.sam).y).toBeGreaterThan(MAP_RADIUS / 2);
    expect(Math.hypot(centre(ids.jo).x, centre(ids.jo).y)).toBeCloseTo(MAP_RADIUS, -1);
    expect(centre(ids.kerry)).not.toEqual(centre(ids.rosa));
  });

  it('draws only who is missing, renames who changed on the list, and marks who was taken off it', () => {
    const { doc, ids } = board();
    const placed: PlacedPerson[] = [
      { shapeId: 'shape:kerry', memberId: ids.kerry, text: 'Kerry\nmum' },
      { shapeId: 'shape:rosa', memberId: ids.rosa, text: 'Rosa\ngrandmother' },
    ];
    updateNetworkMember(doc, ids.kerry, { name: 'Kerry Smith' });
    removeNetworkMember(doc, ids.rosa);
    const plan = networkMapPlan(readNetwork(doc), placed);
    expect(plan.add.map((p) => p.memberId)).toEqual([ids.jo, ids.sam, ids.mia]);
    expect(plan.rename).toEqual([{ shapeId: 'shape:kerry', text: 'Kerry Smith\nmum' }]);
    expect(plan.markRemoved).toEqual([{ shapeId: 'shape:rosa', text: `Rosa\ngrandmother\n(${REMOVED_FROM_LIST})` }]);
    const again = networkMapPlan(readNetwork(doc), [
      { shapeId: 'shape:kerry', memberId: ids.kerry, text: 'Kerry Smith\nmum' },
      { shapeId: 'shape:rosa', memberId: ids.rosa, text: plan.markRemoved[0]!.text },
    ]);
    expect(again.rename).toEqual([]);
    expect(again.markRemoved).toEqual([]);
  });
});
