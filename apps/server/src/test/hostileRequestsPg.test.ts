/**
 * The hostile-request suite (`hostileRequestsSuite.ts`) on PostgreSQL, in a schema of its own: the
 * requests that reach storage (refused routes that leave the board as it was, floods of boards
 * and of wrong secrets). Runs beside the SQLite file's run.
 */
import { describe } from 'vitest';
import { pgEngine } from './engines';
import { hostileRequestsSuite } from './hostileRequestsSuite';
import { pgUrl } from './pgTest';

describe.runIf(pgUrl)('on PostgreSQL', () => hostileRequestsSuite(pgEngine()));
