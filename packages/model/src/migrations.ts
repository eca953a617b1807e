/**
 * Brings an older board document up to SCHEMA_VERSION. Each step takes a document at version
 * `from` and leaves it at `from + 1`, inside the caller's transaction. Version 1 is the first
 * layout; a document with no version at all is an empty board that has not been created from a
 * template.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from './errors';
import { META, SCHEMA_VERSION, metaMap } from './schema';
import { STORAGE_CHANGE, type ChangeOrigin } from './origins';
import { movePageTextsIntoSharedTexts } from './draw/pageTextMigration';
import { moveStatementFieldsIntoTexts } from './mapping/statementTexts';
import { movePlanWordsIntoTexts } from './plan/planLines';
import { moveMemberWordsIntoTexts } from './network/memberWords';
import { moveScaleWordsIntoTexts } from './scales/scaleWords';

type MigrationStep = (doc: Y.Doc) => void;

/** Steps indexed by the version they start from. */
const STEPS: Record<number, MigrationStep> = {
  /** Drawing pages' text alternatives: plain strings in `drawTexts` → one shared text per page. */
  1: movePageTextsIntoSharedTexts,
  /** Statements' harm details, agency and words of dispute, plan lines and trajectory labels: plain strings → shared texts. */
  2: (doc) => {
    moveStatementFieldsIntoTexts(doc);
    movePlanWordsIntoTexts(doc);
  },
  /** Network members' names and relationships, and scales' questions and ends: plain strings → shared texts. */
  3: (doc) => {
    moveMemberWordsIntoTexts(doc);
    moveScaleWordsIntoTexts(doc);
  },
};

/** Reads the schema version stored in a board, or null for a document never created. */
export function storedSchemaVersion(doc: Y.Doc): number | null {
  const v = metaMap(doc).get(META.schemaVersion);
  return typeof v === 'number' ? v : null;
}

/**
 * Migrates `doc` in place. Returns the number of steps applied. Throws `unsupported_schema` for
 * a board written by newer code, which this code must not touch.
 */
export function migrateBoard(doc: Y.Doc, origin: ChangeOrigin = STORAGE_CHANGE): number {
  const version = storedSchemaVersion(doc);
  if (version === null || version === SCHEMA_VERSION) return 0;
  if (version > SCHEMA_VERSION) {
    throw new ModelError(
      ModelErrorCode.unsupportedSchema,
      `This board was saved with schema version ${version}; this version of Kinboard reads up to ${SCHEMA_VERSION}`,
    );
  }
  let applied = 0;
  doc.transact(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) {
      const step = STEPS[v];
      if (!step) throw new ModelError(ModelErrorCode.unsupportedSchema, `No migration from schema version ${v}`);
      step(doc);
      metaMap(doc).set(META.schemaVersion, v + 1);
      applied++;
    }
  }, origin);
  return applied;
}
