import fs from 'node:fs';
import { tempDataDir } from '../test/harness';
import { MemoryPeopleStore } from './MemoryPeopleStore';
import { peopleStoreContract } from './peopleStore.contract';
import { describe } from 'vitest';
import { SqlitePeopleStore } from './SqlitePeopleStore';
import { openPgStorage, pgUrl } from '../test/pgTest';

peopleStoreContract('MemoryPeopleStore', () => ({ store: new MemoryPeopleStore(), dispose() {} }));

peopleStoreContract('SqlitePeopleStore', () => {
  const dir = tempDataDir();
  let current = new SqlitePeopleStore(dir);
  return {
    get store() {
      return current;
    },
    async reopen() {
      await current.close();
      current = new SqlitePeopleStore(dir);
      return current;
    },
    dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe.runIf(pgUrl)('on PostgreSQL', () => {
  peopleStoreContract('PgPeopleStore', async () => {
    const pg = await openPgStorage();
    return {
      get store() {
        return pg.storage.people;
      },
      reopen: async () => (await pg.reopen()).people,
      dispose: () => pg.dispose(),
    };
  });
});
