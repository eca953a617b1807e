import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ModelError } from '../errors';
import { addNetworkMember, readNetwork, removeNetworkMember, updateNetworkMember } from './networkMembers';

describe('network members', () => {
  it('adds, updates and removes people, in the order they were added', () => {
    const doc = new Y.Doc();
    const gran = addNetworkMember(doc, { name: ' Rosa ', relationship: 'grandmother', attendance: 'in-room' });
    const teacher = addNetworkMember(doc, { name: 'Mr Patel', relationship: 'class teacher', kind: 'professional' });
    expect(readNetwork(doc).map((m) => [m.name, m.relationship, m.attendance, m.kind])).toEqual([
      ['Rosa', 'grandmother', 'in-room', 'family'],
      ['Mr Patel', 'class teacher', 'not-present', 'professional'],
    ]);
    updateNetworkMember(doc, teacher, { attendance: 'remote' });
    expect(readNetwork(doc)[1]!.attendance).toBe('remote');
    removeNetworkMember(doc, gran);
    expect(readNetwork(doc).map((m) => m.name)).toEqual(['Mr Patel']);
  });

  it('refuses empty names, unknown attendance and unknown people with a coded error', () => {
    const doc = new Y.Doc();
    expect(() => addNetworkMember(doc, { name: '  ' })).toThrow(ModelError);
    const id = addNetworkMember(doc, { name: 'Ann' });
    expect(() => updateNetworkMember(doc, id, { attendance: 'away' as never })).toThrow(/Attendance must be one of/);
    expect(() => removeNetworkMember(doc, 'm_nobody')).toThrow(expect.objectContaining({ code: 'member_not_found' }));
    expect(readNetwork(doc)).toHaveLength(1);
  });

  it('keeps concurrent changes to different fields of the same person', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addNetworkMember(a, { name: 'Dee', relationship: 'aunt' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateNetworkMember(a, id, { attendance: 'in-room' });
    updateNetworkMember(b, id, { relationship: "aunt (mum's sister)" });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readNetwork(a)).toEqual(readNetwork(b));
    expect(readNetwork(a)[0]).toMatchObject({ attendance: 'in-room', relationship: "aunt (mum's sister)" });
  });
});
