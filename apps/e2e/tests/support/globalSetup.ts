import { existsSync } from 'node:fs';
import { SERVER_ENTRY, WEB_INDEX } from './paths';

/** Fails the run at once, with the command to fix it, when the app it would test is not there. */
export default function globalSetup(): void {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(
      `The web app is not built: ${WEB_INDEX} is missing.\n` +
        'Build it first with `pnpm --filter @kinboard/web build` (or run `pnpm --filter @kinboard/e2e test`, which builds it).',
    );
  }
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`The server entry point ${SERVER_ENTRY} is missing.`);
  }
}
