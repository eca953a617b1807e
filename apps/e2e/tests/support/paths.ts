import { fileURLToPath } from 'node:url';
import path from 'node:path';

const E2E_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The server package, started with `node --import tsx src/main.ts` from here. */
export const SERVER_DIR = path.resolve(E2E_ROOT, '../server');
export const SERVER_ENTRY = path.join(SERVER_DIR, 'src/main.ts');
/**
 * The built web app the server hands out. `KINBOARD_E2E_WEB_ROOT` points at another build, so
 * several people can build and test their own copies side by side.
 */
export const WEB_ROOT = process.env.KINBOARD_E2E_WEB_ROOT
  ? path.resolve(process.env.KINBOARD_E2E_WEB_ROOT)
  : path.resolve(E2E_ROOT, '../web/dist');
export const WEB_INDEX = path.join(WEB_ROOT, 'index.html');
