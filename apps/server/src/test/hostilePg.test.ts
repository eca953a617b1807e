/**
 * The hostile-client suite (`hostileSuite.ts`) on PostgreSQL, in a schema of its own: every attack
 * that reaches storage, with the board's lease and fence in play. Runs beside the SQLite file's run.
 */
import { describe } from 'vitest';
import { pgEngine } from './engines';
import { hostileSuite } from './hostileSuite';
import { pgUrl } from './pgTest';

describe.runIf(pgUrl)('on PostgreSQL', () => hostileSuite(pgEngine()));
