/** The hostile-client suite (`hostileSuite.ts`) on the embedded SQLite file. */
import { sqliteEngine } from './engines';
import { hostileSuite } from './hostileSuite';

hostileSuite(sqliteEngine());
