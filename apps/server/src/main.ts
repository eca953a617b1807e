/** Starts Kinboard from the environment (see README "Configuration"). */
import { configFromEnv } from './config';
import { createKinboardServer } from './createServer';

const config = configFromEnv(process.env);
const server = createKinboardServer(config);
const port = await server.listen();
const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
config.log(`Kinboard is running. Open http://${shown}:${port} in a browser.`);
if (config.webRoot === null) config.log('The web app is not served (KINBOARD_WEB_ROOT unset).');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    config.log(`${signal}: closing connections and storage`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        config.log(`shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  });
}
