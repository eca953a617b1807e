/**
 * Checks that the benchmark harness works, never how fast anything is: the smoke run writes its
 * results files and every scenario produced figures for both servers.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_DIR } from './proc';
import { SCENARIOS } from './sizes';
import { KINDS, type ScenarioResult, type ServerKind } from './types';

describe('benchmark harness (smoke size)', () => {
  it('runs every scenario on Kinboard and both peers and writes JSON and Markdown', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-bench-smoke-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'src', 'run.ts'), '--smoke', `--out=${out}`], {
        cwd: BENCH_DIR,
        encoding: 'utf8',
        timeout: 170_000,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

      const json = JSON.parse(fs.readFileSync(path.join(out, 'smoke.json'), 'utf8')) as {
        results: Record<string, Record<ServerKind, ScenarioResult[]>>;
        rows: unknown[];
      };
      const md = fs.readFileSync(path.join(out, 'smoke.md'), 'utf8');
      expect(md).toContain('| Scenario | Figure | Kinboard (SQLite) | y-websocket-server | Hocuspocus + SQLite |');
      expect(md).toContain('persist anything');
      expect(md).toContain('saves the whole document');

      for (const scenario of SCENARIOS) {
        for (const server of KINDS) {
          const figures = json.results[scenario]?.[server]?.[0]?.figures;
          expect(figures, `${scenario} on ${server}`).toBeDefined();
          const numbers = Object.values(figures!).filter((f) => typeof f.value === 'number' && Number.isFinite(f.value));
          expect(numbers.length, `${scenario} on ${server} has numbers`).toBeGreaterThan(0);
          // Every figure is a number or an explained n/a.
          for (const [key, f] of Object.entries(figures!)) {
            if (f.value === null) expect(f.note, `${scenario}.${key} on ${server} explains its n/a`).toBeTruthy();
          }
        }
      }
      // Kinboard-only figures must be real numbers on our side.
      expect(json.results.coldLoad!.ours[0]!.figures.coldP50Ms!.value).toBeTypeOf('number');
      expect(json.results.durability!.ours[0]!.figures.savedAckP99Ms!.value).toBeTypeOf('number');
      expect(json.results.memory!.ours[0]!.figures.unloadedAfterS!.value).toBeTypeOf('number');
      // Hocuspocus stores boards and unloads them, so it has cold loads; the stock server has none.
      expect(json.results.coldLoad!.hocuspocus[0]!.figures.coldP50Ms!.value).toBeTypeOf('number');
      expect(json.results.coldLoad!.ywebsocket[0]!.figures.coldP50Ms!.value).toBeNull();
      expect(json.rows.length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
