/** Scenario sizes: `full` (the default, about 12 minutes on a quiet 2-core machine) and `tiny` (smoke). */
import type { PeerKind, ScenarioName } from './types';

export type SizeName = 'full' | 'tiny';

export interface Sizes {
  /** KINBOARD_UNLOAD_AFTER_MS for our server; null keeps the product default (5 s). */
  unloadAfterMs: number | null;
  /** Restart both servers for every scenario (isolation) or keep one of each for the whole run. */
  serverPerScenario: boolean;
  scenarios: Record<ScenarioName, Record<string, unknown>>;
  /** Per-peer overrides of scenario parameters. */
  peers: Partial<Record<PeerKind, Partial<Record<ScenarioName, Record<string, unknown>>>>>;
  /** How many times each of `repeated` runs on every server (the others run once). */
  repeats: number;
  repeated: readonly ScenarioName[];
}

export const SIZES: Record<SizeName, Sizes> = {
  full: {
    unloadAfterMs: null,
    serverPerScenario: true,
    scenarios: {
      fanout: { ns: [10, 50, 100], rate: 25, seconds: 6, warmupSeconds: 1 },
      presenceCalm: { clients: 10, movers: 1, hz: 10, warmupSeconds: 1, seconds: 8, observers: 9 },
      presence: { clients: 50, hz: 10, warmupSeconds: 1, seconds: 6, observers: 5 },
      saturation: { rooms: 2, clientsPerRoom: 25, window: 64, warmupSeconds: 1, seconds: 5 },
      capacity: { rooms: 500, perRoom: 4, editEveryMs: 2000, seconds: 8, settleMs: 500 },
      coldLoad: { boards: 2, statements: 1000, updates: 10_000, warmSamples: 5, unloadTimeoutMs: 40_000 },
      memory: { rooms: 200, statementsPerRoom: 20, settleMs: 500, unloadTimeoutMs: 35_000 },
      durability: { clients: 10, rate: 25, seconds: 4 },
    },
    peers: { ywebsocket: { memory: { unloadTimeoutMs: 8_000 } } },
    repeats: 3,
    repeated: ['fanout', 'presenceCalm', 'presence'],
  },
  tiny: {
    unloadAfterMs: 500,
    serverPerScenario: false,
    scenarios: {
      fanout: { ns: [3], rate: 25, seconds: 0.4 },
      presenceCalm: { clients: 3, movers: 1, hz: 10, warmupSeconds: 0.2, seconds: 0.5, observers: 2 },
      presence: { clients: 4, hz: 10, warmupSeconds: 0.2, seconds: 0.5, observers: 2 },
      saturation: { rooms: 1, clientsPerRoom: 4, window: 16, warmupSeconds: 0.2, seconds: 0.5 },
      capacity: { rooms: 5, perRoom: 3, editEveryMs: 200, seconds: 0.6, settleMs: 100 },
      coldLoad: { boards: 1, statements: 20, updates: 100, warmSamples: 2, unloadTimeoutMs: 10_000 },
      memory: { rooms: 5, statementsPerRoom: 3, settleMs: 100, unloadTimeoutMs: 10_000 },
      durability: { clients: 3, rate: 25, seconds: 0.4 },
    },
    peers: { ywebsocket: { memory: { unloadTimeoutMs: 300 } } },
    repeats: 1,
    repeated: [],
  },
};

export const SCENARIOS: ScenarioName[] = [
  'fanout',
  'presenceCalm',
  'presence',
  'saturation',
  'capacity',
  'coldLoad',
  'memory',
  'durability',
];
