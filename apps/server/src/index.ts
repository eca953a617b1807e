/**
 * What other packages may use of the server: start it as `src/main.ts` does, with configuration
 * from the environment or given directly (the benchmarks start it this way).
 */
export { createKinboardServer } from './createServer';
export type { KinboardServer } from './createServer';
export { configFromEnv, defaultConfig } from './config';
export { yieldHelperThreads } from './helperThreads';
export type { Limits, ServerConfig } from './config';
