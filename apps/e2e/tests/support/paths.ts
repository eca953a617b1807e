import { fileURLToPath } from 'node:url';
import path from 'node:path';

const E2E_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The server package, started with `node --import tsx src/main.ts` from here. */
export const SERVER_DIR = path.resolve(E2E_ROOT, '../server');
export const SERVER_ENTRY = path.join(SERVER_DIR, 'src/main.ts');
/** The built web app the server hands out. */
export const WEB_ROOT = path.resolve(E2E_ROOT, '../web/dist');
export const WEB_INDEX = path.join(WEB_ROOT, 'index.html');
