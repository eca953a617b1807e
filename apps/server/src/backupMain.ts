/**
 * `npm run backup -- FILE`: a consistent copy of the running server's database. With
 * KINBOARD_DATABASE_URL, PostgreSQL's tables as one portable file (storage/pgBackup.ts), and
 * `npm run backup -- --restore FILE` loads such a file into the (new, empty) database the URL
 * names; otherwise SQLite's online backup of the data folder's file (storage/backup.ts).
 */
import path from 'node:path';
import { databaseUrlFrom } from './config';
import { backupDatabase } from './storage/backup';
import { backupPg, restorePg } from './storage/pgBackup';

const restoring = process.argv[2] === '--restore';
const target = restoring ? process.argv[3] : process.argv[2];
if (!target) {
  process.stderr.write(
    'Usage: npm run backup -- FILE   (FILE is where the copy goes; it must not exist yet)\n' +
      '       npm run backup -- --restore FILE   (with KINBOARD_DATABASE_URL: loads FILE into that new, empty database)\n',
  );
  process.exit(2);
}
try {
  const url = databaseUrlFrom(process.env);
  if (restoring) {
    if (!url) {
      throw new Error(
        'Restoring a file is for PostgreSQL (set KINBOARD_DATABASE_URL to the new, empty database); an SQLite backup is restored by copying it into the data folder as kinboard.sqlite',
      );
    }
    const result = await restorePg(url, target);
    process.stdout.write(`Restored ${result.boards} board(s), schema version ${result.schemaVersion}, from ${result.file}\n`);
  } else {
    const result = url ? await backupPg(url, target) : await backupDatabase(path.resolve(process.env.KINBOARD_DATA_DIR || 'data'), target);
    process.stdout.write(
      `Backed up ${result.boards} board(s), schema version ${result.schemaVersion}, ${result.bytes} bytes, to ${result.file}\n`,
    );
  }
} catch (error) {
  process.stderr.write(`${restoring ? 'Restore' : 'Backup'} failed: ${(error as Error).message}\n`);
  process.exit(1);
}
