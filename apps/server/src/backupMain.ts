/**
 * `npm run backup -- FILE`: a consistent copy of the running server's database (see
 * storage/backup.ts). Reads KINBOARD_DATA_DIR like the server.
 */
import path from 'node:path';
import { backupDatabase } from './storage/backup';

const target = process.argv[2];
if (!target) {
  process.stderr.write('Usage: npm run backup -- FILE   (FILE is where the copy goes; it must not exist yet)\n');
  process.exit(2);
}
try {
  const result = await backupDatabase(path.resolve(process.env.KINBOARD_DATA_DIR || 'data'), target);
  process.stdout.write(
    `Backed up ${result.boards} board(s), schema version ${result.schemaVersion}, ${result.bytes} bytes, to ${result.file}\n`,
  );
} catch (error) {
  process.stderr.write(`Backup failed: ${(error as Error).message}\n`);
  process.exit(1);
}
