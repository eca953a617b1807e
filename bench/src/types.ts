export type ServerKind = 'ours' | 'peer';

export interface ServerInfo {
  kind: ServerKind;
  port: number;
  hookPort: number;
  pid: number;
  unloadAfterMs?: number;
  compactAfterUpdates?: number;
  wsVersion?: string;
  persistence?: boolean;
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

export type ScenarioName = 'fanout' | 'presence' | 'saturation' | 'capacity' | 'coldLoad' | 'memory' | 'durability';

export interface ClientJob {
  scenario: ScenarioName;
  server: ServerInfo;
  params: Record<string, unknown>;
}
