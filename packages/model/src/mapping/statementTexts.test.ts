import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migrateBoard, storedSchemaVersion } from '../migrations';
import { orderKeyBetween } from '../orderKey';
import { readPlan } from '../plan/readPlan';
import { PLAN_LINE, TRAJECTORY_ITEM, planLinesMap, planTrajectoryMap } from '../plan/planSchema';
import { META, SCHEMA_VERSION, STATEMENT, metaMap, statementsMap } from '../schema';
import { GRAN, expectRefused, newBoard } from '../test/board';
import { addStatementToDomain } from './fileStatement';
import { readMapping } from './readMapping';
import { MAX_AGENCY_LENGTH, STATEMENT_TEXT_FIELDS, editStatementField, statementFieldText } from './statementTexts';

function onlyStatement(doc: Y.Doc) {
  return readMapping(doc).columns.flatMap((c) => c.statements)[0]!;
}

/** A board as schema 2 wrote it: harm details, agency, dispute words, plan lines and trajectory labels as plain strings. */
function schemaTwoBoard(): Y.Doc {
  const doc = newBoard();
  const id = addStatementToDomain(doc, { id: 's_old', domain: 'harm', text: 'Dad hit Amy', author: GRAN });
  doc.transact(() => {
    metaMap(doc).set(META.schemaVersion, 2);
    const record = statementsMap(doc).get(id)!;
    for (const field of STATEMENT_TEXT_FIELDS) record.delete(STATEMENT[field]);
    record.set(STATEMENT.harmWhen, 'Last Friday');
    record.set(STATEMENT.harmImpact, 'Amy hid in her room');
    record.set(STATEMENT.source, { kind: 'agency', agency: 'Oak School' });
    record.set(STATEMENT.stance, 'disputed');
    record.set(STATEMENT.disputeWords, 'He says he did not');
    const line = new Y.Map<unknown>();
    line.set(PLAN_LINE.id, 'l_old');
    line.set(PLAN_LINE.list, 'stress-points');
    line.set(PLAN_LINE.text, 'Friday evenings');
    line.set(PLAN_LINE.order, orderKeyBetween(null, null));
    planLinesMap(doc).set('l_old', line);
    const item = new Y.Map<unknown>();
    item.set(TRAJECTORY_ITEM.id, 't_old');
    item.set(TRAJECTORY_ITEM.date, '2026-02-01');
    item.set(TRAJECTORY_ITEM.kind, 'review');
    item.set(TRAJECTORY_ITEM.label, 'Network meeting');
    planTrajectoryMap(doc).set('t_old', item);
  });
  return doc;
}

describe('statement fields typed letter by letter', () => {
  it('shares each field as it is typed, without trimming mid-word, and reads it trimmed', () => {
    const doc = newBoard();
    const id = addStatementToDomain(doc, { domain: 'harm', text: 'x', author: GRAN });
    editStatementField(doc, id, 'harmWhen', 'Last ');
    expect(statementFieldText(doc, id, 'harmWhen').toString()).toBe('Last ');
    expect(onlyStatement(doc).harm?.when).toBe('Last');
    editStatementField(doc, id, 'harmWhen', 'Last week');
    expect(onlyStatement(doc).harm?.when).toBe('Last week');
  });

  it('refuses a field that is too long, unknown or on a missing statement', () => {
    const doc = newBoard();
    const id = addStatementToDomain(doc, { domain: 'harm', text: 'x', author: GRAN });
    expectRefused(doc, 'invalid_text', () => editStatementField(doc, id, 'sourceAgency', 'x'.repeat(MAX_AGENCY_LENGTH + 1)));
    expectRefused(doc, 'invalid_text', () => editStatementField(doc, id, 'text' as never, 'x'));
    expectRefused(doc, 'statement_not_found', () => editStatementField(doc, 'nope', 'harmWhen', 'x'));
  });
});

describe('migration 2 → 3: typed fields become shared texts', () => {
  it('keeps every word of an older board and makes each field a shared text', () => {
    const doc = schemaTwoBoard();
    const before = onlyStatement(doc);
    expect(before.harm?.when).toBe('Last Friday');
    expect(before.source?.label).toBe('Oak School');
    expect(migrateBoard(doc)).toBe(SCHEMA_VERSION - 2);
    expect(storedSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    const record = statementsMap(doc).get('s_old')!;
    for (const field of STATEMENT_TEXT_FIELDS) expect(record.get(STATEMENT[field]), field).toBeInstanceOf(Y.Text);
    expect(record.get(STATEMENT.source)).toEqual({ kind: 'agency' });
    const after = onlyStatement(doc);
    expect(after.harm).toEqual({ when: 'Last Friday', howOften: '', howSevere: '', impactOnChild: 'Amy hid in her room' });
    expect(after.source).toMatchObject({ kind: 'agency', label: 'Oak School', agency: 'Oak School' });
    expect(after.disputeWords).toBe('He says he did not');
    const plan = readPlan(doc);
    expect(plan.stressPoints.map((l) => l.text)).toEqual(['Friday evenings']);
    expect(plan.trajectory.map((t) => t.label)).toEqual(['Network meeting']);
    expect(planLinesMap(doc).get('l_old')!.get(PLAN_LINE.text)).toBeInstanceOf(Y.Text);
    expect(planTrajectoryMap(doc).get('t_old')!.get(TRAJECTORY_ITEM.label)).toBeInstanceOf(Y.Text);
  });

  it('lets two people type into a migrated field at once and keeps both', () => {
    const a = schemaTwoBoard();
    migrateBoard(a);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editStatementField(a, 's_old', 'harmWhen', 'Last Friday night');
    editStatementField(b, 's_old', 'harmWhen', 'Late Last Friday');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(onlyStatement(a).harm?.when).toBe('Late Last Friday night');
    expect(onlyStatement(b).harm?.when).toBe('Late Last Friday night');
  });
});
