import fs from 'node:fs';
import postgres from 'postgres';
import { tempDataDir } from '../test/harness';
import { SqliteBoardStore } from './SqliteBoardStore';
import { SqliteStaffStore } from './StaffStore';
import { staffStoreContract } from './staffStore.contract';
import { describe } from 'vitest';
import { openPgStorage, pgUrl } from '../test/pgTest';

staffStoreContract('SqliteStaffStore', async () => {
  const dir = tempDataDir();
  const boards = new SqliteBoardStore(dir);
  return {
    boards,
    staff: new SqliteStaffStore(boards.database),
    async ownerAndActivityRows() {
      const row = boards.database
        .prepare('SELECT (SELECT COUNT(*) FROM board_owners) + (SELECT COUNT(*) FROM board_activity) AS n')
        .get() as { n: number };
      return row.n;
    },
    async dispose() {
      await boards.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe.runIf(pgUrl)('on PostgreSQL', () => {
  staffStoreContract('PgStaffStore', async () => {
    const pg = await openPgStorage();
    const sql = postgres(pgUrl ?? '', { max: 1, connection: { search_path: pg.schema } });
    return {
      boards: pg.storage.boards,
      staff: pg.storage.staff,
      async ownerAndActivityRows() {
        const [row] = await sql<
          { n: number }[]
        >`SELECT ((SELECT COUNT(*) FROM board_owners) + (SELECT COUNT(*) FROM board_activity))::int AS n`;
        return row?.n ?? -1;
      },
      async dispose() {
        await sql.end({ timeout: 5 });
        await pg.dispose();
      },
    };
  });
});
