/** The hostile-request suite (`hostileRequestsSuite.ts`) on the embedded SQLite file. */
import { sqliteEngine } from './engines';
import { hostileRequestsSuite } from './hostileRequestsSuite';

hostileRequestsSuite(sqliteEngine());
