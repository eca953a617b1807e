/**
 * Online backup of the SQLite file while the server runs: SQLite's backup API copies a
 * consistent snapshot page by page, including what is still in the write-ahead log, without
 * stopping writers. The copy is checked (integrity and schema version) before it is reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const DATABASE_FILE = 'kinboard.sqlite';

export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly schemaVersion: number;
  readonly boards: number;
}

/** Copies the database in `dataDir` to `target`, which must not exist yet. */
export async function backupDatabase(dataDir: string, target: string): Promise<BackupResult> {
  const source = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(source))
    throw new Error(`There is no Kinboard database at ${source} (set KINBOARD_DATA_DIR to the server's data folder)`);
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose a new file name so no earlier backup is overwritten`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(file);
  } finally {
    db.close();
  }
  const copy = new Database(file);
  try {
    // One self-contained file: no write-ahead log beside it.
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The backup at ${file} failed its integrity check: ${String(check)}`);
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    const boards = (copy.prepare('SELECT COUNT(*) AS n FROM boards').get() as { n: number }).n;
    return { file, bytes: fs.statSync(file).size, schemaVersion, boards };
  } finally {
    copy.close();
  }
}
