/**
 * Turns raw scenario results into comparisons (Kinboard ÷ each peer, targets) and a Markdown report.
 * A scenario that ran several times on every server reports each server's median with its range,
 * and each ratio as the median of the runs' own ratios (run i of Kinboard against run i of the
 * peer, made in the same minute) with their range, so a reader can tell a difference from noise.
 */
import { ALL_KINDS, PEERS, type Figure, type PeerKind, type ScenarioName, type ScenarioResult, type ServerKind } from './types';
import { round } from './stats';

export type Target =
  | { kind: 'ratioMax'; value: number; peer: PeerKind }
  | { kind: 'ratioMin'; value: number; peer: PeerKind }
  | { kind: 'oursMax'; value: number };

export interface RowSpec {
  scenario: ScenarioName;
  key: string;
  label: string;
  targets?: Target[];
}

/** A figure over the runs of one server: median, range, and the single runs. */
export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  runs: (number | null)[];
}

export interface Verdict {
  target: string;
  result: 'pass' | 'miss' | 'n/a';
}

export interface Row extends RowSpec {
  unit: string;
  values: Record<ServerKind, Spread>;
  /** Kinboard ÷ peer, over paired runs. */
  ratios: Record<PeerKind, Spread>;
  notes: Partial<Record<ServerKind, string>>;
  verdicts: Verdict[];
}

export type Results = Partial<Record<ScenarioName, Partial<Record<ServerKind, ScenarioResult[]>>>>;

export const SCENARIO_TITLES: Record<ScenarioName, string> = {
  fanout: '1. Fan-out',
  presenceCalm: '2a. Presence, calm room',
  presence: '2b. Presence, busy room',
  saturation: '3. Saturation',
  capacity: '4. Capacity',
  coldLoad: '5. Cold load',
  memory: '6. Memory',
  durability: '7. Durability',
};

export const SERVER_TITLES: Record<ServerKind, string> = {
  ours: 'Kinboard (SQLite)',
  oursPg: 'Kinboard (PostgreSQL)',
  oursPg3: 'Kinboard (PostgreSQL, 3 processes)',
  ywebsocket: 'y-websocket-server',
  hocuspocus: 'Hocuspocus + SQLite',
};

const stock = (kind: 'ratioMax' | 'ratioMin', value: number): Target => ({ kind, value, peer: 'ywebsocket' });
const hocus = (kind: 'ratioMax' | 'ratioMin', value: number): Target => ({ kind, value, peer: 'hocuspocus' });

export function rowSpecs(fanoutNs: number[]): RowSpec[] {
  return [
    ...fanoutNs.flatMap((n): RowSpec[] => [
      { scenario: 'fanout', key: `p50Ms_N${n}`, label: `N=${n} latency p50` },
      { scenario: 'fanout', key: `p99Ms_N${n}`, label: `N=${n} latency p99`, targets: [stock('ratioMax', 1), hocus('ratioMax', 1)] },
    ]),
    { scenario: 'presenceCalm', key: 'p50Ms', label: 'cursor latency p50', targets: [stock('ratioMax', 1)] },
    { scenario: 'presenceCalm', key: 'p99Ms', label: 'cursor latency p99', targets: [stock('ratioMax', 1)] },
    { scenario: 'presenceCalm', key: 'cpuPercent', label: 'server CPU' },
    { scenario: 'presence', key: 'cpuPercent', label: 'server CPU', targets: [stock('ratioMax', 0.5), hocus('ratioMax', 1)] },
    { scenario: 'presence', key: 'p50Ms', label: 'cursor latency p50' },
    { scenario: 'presence', key: 'p99Ms', label: 'cursor latency p99' },
    { scenario: 'saturation', key: 'deliveriesPerSecond', label: 'deliveries/s', targets: [stock('ratioMin', 1.5), hocus('ratioMin', 1)] },
    { scenario: 'saturation', key: 'updatesPerSecond', label: 'updates/s (incoming)' },
    { scenario: 'saturation', key: 'serverCpuPercent', label: 'server CPU during run' },
    { scenario: 'capacity', key: 'p50Ms', label: 'edit latency p50' },
    { scenario: 'capacity', key: 'p99Ms', label: 'edit latency p99' },
    { scenario: 'capacity', key: 'rssMB', label: 'server RSS' },
    { scenario: 'capacity', key: 'heapGrowthMB', label: 'heap growth (after GC)' },
    {
      scenario: 'coldLoad',
      key: 'coldServerP50Ms',
      label: 'cold: connect → board arrives (median)',
      targets: [{ kind: 'oursMax', value: 50 }],
    },
    { scenario: 'coldLoad', key: 'coldServerMaxMs', label: 'cold: connect → board arrives (worst)' },
    { scenario: 'coldLoad', key: 'warmServerP50Ms', label: 'warm: connect → board arrives (median)' },
    { scenario: 'coldLoad', key: 'coldP50Ms', label: 'cold: connect → synced (median)' },
    { scenario: 'coldLoad', key: 'coldMaxMs', label: 'cold: connect → synced (worst)' },
    { scenario: 'coldLoad', key: 'warmP50Ms', label: 'warm: connect → synced (median)' },
    { scenario: 'coldLoad', key: 'warmMaxMs', label: 'warm: connect → synced (worst)' },
    { scenario: 'memory', key: 'idleRoomHeapKB', label: 'heap per idle loaded room', targets: [stock('ratioMax', 1.2)] },
    { scenario: 'memory', key: 'connectedRoomHeapKB', label: 'heap per room with 1 connection' },
    {
      scenario: 'memory',
      key: 'unloadedAfterS',
      label: 'rooms unloaded after last client left',
      targets: [{ kind: 'oursMax', value: 30 }],
    },
    { scenario: 'memory', key: 'heapReturnedMB', label: 'heap returned after unload' },
    { scenario: 'memory', key: 'rssReturnedMB', label: 'RSS returned after unload' },
    { scenario: 'durability', key: 'savedAckP50Ms', label: 'send → saved ack p50' },
    { scenario: 'durability', key: 'savedAckP99Ms', label: 'send → saved ack p99', targets: [{ kind: 'oursMax', value: 50 }] },
    { scenario: 'durability', key: 'deliveryP50Ms', label: 'send → other clients p50' },
    { scenario: 'durability', key: 'deliveryP99Ms', label: 'send → other clients p99' },
  ];
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median and range of `runs`, ignoring the runs without a value. */
export function spread(runs: (number | null)[]): Spread {
  const values = runs.filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return { median: null, min: null, max: null, runs };
  return { median: round(median(values), 2), min: round(Math.min(...values), 2), max: round(Math.max(...values), 2), runs };
}

function targetText(t: Target): string {
  if (t.kind === 'oursMax') return `≤ ${t.value}`;
  return `${t.kind === 'ratioMax' ? '≤' : '≥'} ${t.value}× ${SERVER_TITLES[t.peer]}`;
}

export function compare(specs: RowSpec[], results: Results): Row[] {
  const rows: Row[] = [];
  for (const spec of specs) {
    const byKind = results[spec.scenario];
    if (!byKind) continue;
    const figure = (kind: ServerKind, run: number): Figure | undefined => byKind[kind]?.[run]?.figures[spec.key];
    const runsOf = (kind: ServerKind) => (byKind[kind] ?? []).map((_, i) => figure(kind, i)?.value ?? null);
    const values = {
      ours: spread(runsOf('ours')),
      oursPg: spread(runsOf('oursPg')),
      oursPg3: spread(runsOf('oursPg3')),
    } as Record<ServerKind, Spread>;
    const ratios = {} as Record<PeerKind, Spread>;
    for (const peer of PEERS) {
      values[peer] = spread(runsOf(peer));
      const ours = runsOf('ours');
      const theirs = runsOf(peer);
      ratios[peer] = spread(ours.map((o, i) => (o !== null && theirs[i] != null && theirs[i] !== 0 ? o / theirs[i]! : null)));
    }
    const notes: Row['notes'] = {};
    for (const kind of ALL_KINDS) {
      const note = byKind[kind]?.map((r) => r.figures[spec.key]?.note).find(Boolean);
      if (note) notes[kind] = note;
    }
    // Targets are set on Kinboard's default (SQLite) server; a run without it has no verdicts.
    const verdicts = (byKind.ours?.length ? (spec.targets ?? []) : []).map((t): Verdict => {
      const target = targetText(t);
      if (t.kind === 'oursMax') {
        const v = values.ours.median;
        return { target, result: v === null ? 'miss' : v <= t.value ? 'pass' : 'miss' };
      }
      const ratio = ratios[t.peer].median;
      if (ratio === null) return { target, result: 'n/a' };
      return { target, result: (t.kind === 'ratioMax' ? ratio <= t.value : ratio >= t.value) ? 'pass' : 'miss' };
    });
    const unit = figure('ours', 0)?.unit ?? figure('oursPg', 0)?.unit ?? figure('ywebsocket', 0)?.unit ?? '';
    rows.push({ ...spec, unit, values, ratios, notes, verdicts });
  }
  return rows;
}

const fmt = (v: number | null) => (v === null ? 'n/a' : Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-GB') : String(v));

/** "12.3 ms (10.1–15.2)" for repeated runs, "12.3 ms" for one. */
export function formatSpread(s: Spread, unit: string): string {
  if (s.median === null) return 'n/a';
  const u = unit ? ` ${unit}` : '';
  const counted = s.runs.filter((v) => v !== null).length;
  return counted > 1 ? `${fmt(s.median)}${u} (${fmt(s.min)}–${fmt(s.max)})` : `${fmt(s.median)}${u}`;
}

export interface ReportMeta {
  date: string;
  size: string;
  durationSeconds: number;
  machine: string;
  node: string;
  load: string;
  pinning: string;
  repeats: string;
  /** A description of each server that ran. */
  servers: Partial<Record<ServerKind, string>>;
  notes: string[];
}

export function markdown(meta: ReportMeta, rows: Row[], results: Results): string {
  const lines: string[] = [];
  lines.push(`# Kinboard benchmark results (${meta.size} size)`, '');
  lines.push(`- Date: ${meta.date}; run took ${meta.durationSeconds} s`);
  lines.push(`- Machine: ${meta.machine}; Node ${meta.node}`);
  lines.push(`- Machine load: ${meta.load}`);
  lines.push(`- CPU pinning: ${meta.pinning}`);
  lines.push(`- Runs: ${meta.repeats}`);
  lines.push('- Benchmarks are not tests: nothing here fails CI. "miss" marks a target not yet met.', '');
  // Only the servers that ran get a column (an `--only=pg` run has Kinboard on PostgreSQL alone).
  const shown = ALL_KINDS.filter((kind) => Object.values(results).some((byKind) => (byKind?.[kind]?.length ?? 0) > 0));
  const ratioPeers = shown.includes('ours') ? PEERS.filter((peer) => shown.includes(peer)) : [];
  lines.push('## The servers and their settings', '');
  for (const kind of shown) lines.push(`- **${SERVER_TITLES[kind]}**: ${meta.servers[kind] ?? ''}`);
  lines.push('');
  const headers = [
    'Scenario',
    'Figure',
    ...shown.map((kind) => SERVER_TITLES[kind]),
    ...ratioPeers.map((peer) => `÷ ${SERVER_TITLES[peer]}`),
    'Target',
    'Result',
  ];
  lines.push(`| ${headers.join(' | ')} |`);
  lines.push(`|---|---|${[...shown, ...ratioPeers].map(() => '---:|').join('')}---|---|`);
  for (const r of rows) {
    const ratio = (peer: PeerKind) => {
      const s = r.ratios[peer];
      if (s.median === null) return 'n/a';
      return s.runs.filter((v) => v !== null).length > 1 ? `${s.median}× (${s.min}–${s.max})` : `${s.median}×`;
    };
    const cells = [
      SCENARIO_TITLES[r.scenario],
      r.label,
      ...shown.map((kind) => formatSpread(r.values[kind], r.unit)),
      ...ratioPeers.map(ratio),
      r.verdicts.map((v) => v.target).join('; '),
      r.verdicts.map((v) => v.result).join('; '),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', '## Notes on method', '');
  for (const note of meta.notes) lines.push(`- ${note}`);
  const noted = rows.filter((r) => Object.keys(r.notes).length > 0);
  if (noted.length > 0) {
    lines.push('', '## n/a and not-reached figures', '');
    for (const r of noted) {
      for (const [kind, note] of Object.entries(r.notes))
        lines.push(`- ${SCENARIO_TITLES[r.scenario]}, ${r.label}, ${SERVER_TITLES[kind as ServerKind]}: ${note}`);
    }
  }
  lines.push('', '## Scenario details', '');
  for (const [name, byKind] of Object.entries(results) as [ScenarioName, Partial<Record<ServerKind, ScenarioResult[]>>][]) {
    lines.push(`### ${SCENARIO_TITLES[name]}`, '');
    for (const kind of ALL_KINDS) {
      const runs = byKind[kind] ?? [];
      for (const [i, run] of runs.entries()) {
        lines.push(`- ${SERVER_TITLES[kind]}${runs.length > 1 ? `, run ${i + 1}` : ''}: \`${JSON.stringify(run.details)}\``);
      }
    }
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
