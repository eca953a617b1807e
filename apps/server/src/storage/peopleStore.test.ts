import fs from 'node:fs';
import { tempDataDir } from '../test/harness';
import { MemoryPeopleStore } from './MemoryPeopleStore';
import { peopleStoreContract } from './peopleStore.contract';
import { SqlitePeopleStore } from './SqlitePeopleStore';

peopleStoreContract('MemoryPeopleStore', () => ({ store: new MemoryPeopleStore(), dispose() {} }));

peopleStoreContract('SqlitePeopleStore', () => {
  const dir = tempDataDir();
  let current = new SqlitePeopleStore(dir);
  return {
    get store() {
      return current;
    },
    reopen() {
      current.close();
      current = new SqlitePeopleStore(dir);
      return current;
    },
    dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
