/**
 * The servers under test: Kinboard's (on SQLite, and `oursPg` on PostgreSQL) and the two it is
 * compared with ("peers").
 */
export type ServerKind = 'ours' | 'oursPg' | 'oursPg3' | 'ywebsocket' | 'hocuspocus';
export type PeerKind = 'ywebsocket' | 'hocuspocus';
export const PEERS: readonly PeerKind[] = ['ywebsocket', 'hocuspocus'];
/** The servers every run measures; `oursPg` is added when PostgreSQL is installed (see run.ts). */
export const KINDS: readonly ServerKind[] = ['ours', ...PEERS];
/** Every kind in the order the report shows them. */
export const ALL_KINDS: readonly ServerKind[] = ['ours', 'oursPg', 'oursPg3', ...PEERS];
/** Kinboard on PostgreSQL with three processes measures only these (the figures several processes change). */
export const PG3_SCENARIOS: readonly ScenarioName[] = ['fanout', 'saturation', 'durability'];

export interface ServerInfo {
  /** The protocol the load generator speaks: Kinboard on PostgreSQL is 'ours' here too. */
  kind: ServerKind;
  port: number;
  hookPort: number;
  pid: number;
  /** Kinboard with several processes: every process's port and pid (`port`/`pid` are the first's). */
  ports?: number[];
  pids?: number[];
  unloadAfterMs?: number;
  compactAfterUpdates?: number;
  /** Kinboard: the server code ran from this file instead of the workspace (BENCH_OURS_ENTRY). */
  entry?: string;
  wsVersion?: string;
  persistence?: boolean;
  /** Hocuspocus: package version, SQLite file, store debounce. */
  version?: string;
  database?: string;
  debounceMs?: number;
  maxDebounceMs?: number;
}

/** One measured figure of one scenario on one server; null means "not applicable" (see note). */
export interface Figure {
  value: number | null;
  unit: string;
  note?: string;
}

export interface ScenarioResult {
  /** Figures by key, e.g. "p99Ms". */
  figures: Record<string, Figure>;
  /** Free-form details: counts, sizes, checks. */
  details: Record<string, unknown>;
}

export type ScenarioName = 'fanout' | 'presenceCalm' | 'presence' | 'saturation' | 'capacity' | 'coldLoad' | 'memory' | 'durability';

export interface ClientJob {
  scenario: ScenarioName;
  server: ServerInfo;
  params: Record<string, unknown>;
}
