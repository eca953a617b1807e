/** A load-generator process: runs scenarios against one server, in order, and reports over IPC. */
import type { ClientJob, ScenarioResult } from '../types';
import * as scenarios from './scenarios';
import { Target } from './target';

const jobs = JSON.parse(process.env.BENCH_JOBS ?? '[]') as ClientJob[];

try {
  const results: ScenarioResult[] = [];
  for (const job of jobs) {
    const run = scenarios[job.scenario] as (t: Target, p: never) => Promise<ScenarioResult>;
    const start = performance.now();
    const result = await run(new Target(job.server), job.params as never);
    result.details.elapsedSeconds = Math.round((performance.now() - start) / 100) / 10;
    results.push(result);
  }
  process.send?.({ type: 'result', results }, () => process.exit(0));
} catch (error) {
  process.send?.({ type: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1));
}
