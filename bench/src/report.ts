/** Turns raw scenario results into comparisons (ours/peer, targets) and a Markdown report. */
import type { Figure, ScenarioName, ScenarioResult, ServerKind } from './types';
import { round } from './stats';

export type Target =
  | { kind: 'ratioMax'; value: number; text: string }
  | { kind: 'ratioMin'; value: number; text: string }
  | { kind: 'oursMax'; value: number; text: string };

export interface RowSpec {
  scenario: ScenarioName;
  key: string;
  label: string;
  target?: Target;
}

export interface Row extends RowSpec {
  unit: string;
  ours: number | null;
  peer: number | null;
  ratio: number | null;
  oursNote?: string;
  peerNote?: string;
  verdict: 'pass' | 'miss' | 'n/a' | null;
}

export const SCENARIO_TITLES: Record<ScenarioName, string> = {
  fanout: '1. Fan-out',
  presence: '2. Presence',
  saturation: '3. Saturation',
  capacity: '4. Capacity',
  coldLoad: '5. Cold load',
  memory: '6. Memory',
  durability: '7. Durability',
};

export function rowSpecs(fanoutNs: number[]): RowSpec[] {
  return [
    ...fanoutNs.flatMap((n): RowSpec[] => [
      { scenario: 'fanout', key: `p50Ms_N${n}`, label: `N=${n} latency p50` },
      { scenario: 'fanout', key: `p99Ms_N${n}`, label: `N=${n} latency p99`, target: { kind: 'ratioMax', value: 1.2, text: '≤ 1.2× peer' } },
    ]),
    { scenario: 'presence', key: 'cpuPercent', label: 'server CPU', target: { kind: 'ratioMax', value: 0.7, text: '≤ 0.7× peer' } },
    { scenario: 'presence', key: 'p50Ms', label: 'cursor latency p50' },
    { scenario: 'presence', key: 'p99Ms', label: 'cursor latency p99' },
    { scenario: 'saturation', key: 'deliveriesPerSecond', label: 'deliveries/s', target: { kind: 'ratioMin', value: 1.5, text: '≥ 1.5× peer' } },
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
      target: { kind: 'oursMax', value: 50, text: '≤ 50 ms' },
    },
    { scenario: 'coldLoad', key: 'coldServerMaxMs', label: 'cold: connect → board arrives (worst)' },
    { scenario: 'coldLoad', key: 'warmServerP50Ms', label: 'warm: connect → board arrives (median)' },
    { scenario: 'coldLoad', key: 'coldP50Ms', label: 'cold: connect → synced (median)' },
    { scenario: 'coldLoad', key: 'coldMaxMs', label: 'cold: connect → synced (worst)' },
    { scenario: 'coldLoad', key: 'warmP50Ms', label: 'warm: connect → synced (median)' },
    { scenario: 'coldLoad', key: 'warmMaxMs', label: 'warm: connect → synced (worst)' },
    { scenario: 'memory', key: 'idleRoomHeapKB', label: 'heap per idle loaded room', target: { kind: 'ratioMax', value: 1.2, text: '≤ 1.2× peer' } },
    { scenario: 'memory', key: 'connectedRoomHeapKB', label: 'heap per room with 1 connection' },
    { scenario: 'memory', key: 'unloadedAfterS', label: 'rooms unloaded after last client left', target: { kind: 'oursMax', value: 30, text: '≤ 30 s' } },
    { scenario: 'memory', key: 'heapReturnedMB', label: 'heap returned after unload' },
    { scenario: 'memory', key: 'rssReturnedMB', label: 'RSS returned after unload' },
    { scenario: 'durability', key: 'savedAckP50Ms', label: 'send → saved ack p50' },
    { scenario: 'durability', key: 'savedAckP99Ms', label: 'send → saved ack p99', target: { kind: 'oursMax', value: 50, text: '≤ 50 ms' } },
    { scenario: 'durability', key: 'deliveryP50Ms', label: 'send → other clients p50' },
    { scenario: 'durability', key: 'deliveryP99Ms', label: 'send → other clients p99' },
  ];
}

export function compare(specs: RowSpec[], results: Partial<Record<ScenarioName, Record<ServerKind, ScenarioResult>>>): Row[] {
  const rows: Row[] = [];
  for (const spec of specs) {
    const pair = results[spec.scenario];
    if (!pair) continue;
    const o: Figure | undefined = pair.ours.figures[spec.key];
    const p: Figure | undefined = pair.peer.figures[spec.key];
    const ours = o?.value ?? null;
    const peer = p?.value ?? null;
    const ratio = ours !== null && peer !== null && peer !== 0 ? round(ours / peer, 2) : null;
    let verdict: Row['verdict'] = null;
    const t = spec.target;
    if (t) {
      if (t.kind === 'oursMax') verdict = ours === null ? 'miss' : ours <= t.value ? 'pass' : 'miss';
      else if (ratio === null) verdict = 'n/a';
      else if (t.kind === 'ratioMax') verdict = ratio <= t.value ? 'pass' : 'miss';
      else verdict = ratio >= t.value ? 'pass' : 'miss';
    }
    rows.push({ ...spec, unit: o?.unit ?? p?.unit ?? '', ours, peer, ratio, oursNote: o?.note, peerNote: p?.note, verdict });
  }
  return rows;
}

const fmt = (v: number | null) => (v === null ? 'n/a' : v >= 1000 ? Math.round(v).toLocaleString('en-GB') : String(v));

export interface ReportMeta {
  date: string;
  size: string;
  durationSeconds: number;
  machine: string;
  node: string;
  load: string;
  pinning: string;
  peer: string;
  ours: string;
  notes: string[];
}

export function markdown(meta: ReportMeta, rows: Row[], results: Partial<Record<ScenarioName, Record<ServerKind, ScenarioResult>>>): string {
  const lines: string[] = [];
  lines.push(`# Kinboard benchmark results (${meta.size} size)`, '');
  lines.push(`- Date: ${meta.date}; run took ${meta.durationSeconds} s`);
  lines.push(`- Machine: ${meta.machine}; Node ${meta.node}`);
  lines.push(`- Machine load: ${meta.load}`);
  lines.push(`- CPU pinning: ${meta.pinning}`);
  lines.push(`- Ours: ${meta.ours}`);
  lines.push(`- Peer: ${meta.peer}`);
  lines.push('- Benchmarks are not tests: nothing here fails CI. "miss" marks a first target not yet met.', '');
  lines.push('| Scenario | Figure | Kinboard | y-websocket-server | ours/peer | Target | Result |');
  lines.push('|---|---|---:|---:|---:|---|---|');
  for (const r of rows) {
    const unit = r.unit ? ` ${r.unit}` : '';
    const ours = r.ours === null ? `n/a` : `${fmt(r.ours)}${unit}`;
    const peer = r.peer === null ? `n/a` : `${fmt(r.peer)}${unit}`;
    lines.push(
      `| ${SCENARIO_TITLES[r.scenario]} | ${r.label} | ${ours} | ${peer} | ${r.ratio === null ? 'n/a' : `${r.ratio}×`} | ${r.target?.text ?? ''} | ${r.verdict ?? ''} |`,
    );
  }
  lines.push('', '## Notes on method', '');
  for (const note of meta.notes) lines.push(`- ${note}`);
  const notes = rows.filter((r) => r.oursNote || r.peerNote);
  if (notes.length > 0) {
    lines.push('', '## n/a and not-reached figures', '');
    for (const r of notes) {
      if (r.oursNote) lines.push(`- ${SCENARIO_TITLES[r.scenario]}, ${r.label}, Kinboard: ${r.oursNote}`);
      if (r.peerNote) lines.push(`- ${SCENARIO_TITLES[r.scenario]}, ${r.label}, peer: ${r.peerNote}`);
    }
  }
  lines.push('', '## Scenario details', '');
  for (const [name, pair] of Object.entries(results) as [ScenarioName, Record<ServerKind, ScenarioResult>][]) {
    lines.push(`### ${SCENARIO_TITLES[name]}`, '');
    lines.push(`- Kinboard: \`${JSON.stringify(pair.ours.details)}\``);
    lines.push(`- Peer: \`${JSON.stringify(pair.peer.details)}\``, '');
  }
  return lines.join('\n') + '\n';
}
