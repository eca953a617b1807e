/** What Linux says of each thread of a process, for the tests of thread priorities [P8][P11]. */
import fs from 'node:fs';

export interface ThreadState {
  readonly tid: number;
  /** Field 19 of /proc/…/stat. */
  readonly nice: number;
  /** Field 41: 0 SCHED_OTHER, 5 SCHED_IDLE. */
  readonly policy: number;
}

/** Every thread of `pid` (by default this process) with its nice value and scheduling policy. */
export function threadsOf(pid: number | 'self' = 'self'): ThreadState[] {
  return fs.readdirSync(`/proc/${pid}/task`).map((name) => {
    const stat = fs.readFileSync(`/proc/${pid}/task/${name}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces and parentheses) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return { tid: Number(name), nice: Number(fields[19 - 3]), policy: Number(fields[41 - 3]) };
  });
}
