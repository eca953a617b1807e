/**
 * Structured logs: one JSON object per line (pino) with `level`, `time`, `event`, and `board` and
 * `person` where known, for a council to ship to its log store.
 *
 * What may appear is decided here, not at each call: `logEvent` copies only the fields in
 * `LogFields`, which hold ids, roles, codes and counts. Never a secret, a ticket, a person's name,
 * an email address or anything written on a board.
 *
 * Older parts of the server still report plain lines such as `closed board=abc who=viewer#3 code=1000`;
 * `lineLogger` turns each into the same structured form (the words before the first `key=value`
 * become the event; only known keys are kept; free text after a colon is dropped unless the
 * line is an internal error, whose stack is kept for the operators).
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** The only fields a log line may carry besides the event. */
export interface LogFields {
  readonly board?: string;
  /** A signed-in member of staff (their id in this server), or a board person id. */
  readonly person?: string;
  readonly connection?: string;
  readonly role?: string;
  readonly code?: number | string;
  readonly reason?: string;
  readonly count?: number;
  readonly days?: number;
  readonly port?: number;
  readonly version?: number;
  readonly detail?: string;
}

const KEYS = ['board', 'person', 'connection', 'role', 'code', 'reason', 'count', 'days', 'port', 'version', 'detail'] as const;

export type LogLevel = 'info' | 'warn' | 'error';

/** A pino logger writing JSON lines to `destination` (stderr by default). */
export function createLogger(destination?: DestinationStream, level = 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}

/** Writes one structured line; fields outside `LogFields` never reach the output. */
export function logEvent(logger: Logger, level: LogLevel, event: string, fields: LogFields = {}): void {
  const record: Record<string, string | number> = { event };
  for (const key of KEYS) {
    const value = fields[key];
    if (value !== undefined) record[key] = value;
  }
  logger[level](record);
}

const LEGACY_KEYS: Readonly<Record<string, keyof LogFields>> = {
  board: 'board',
  who: 'connection',
  role: 'role',
  code: 'code',
  reason: 'reason',
  during: 'detail',
};

/**
 * Adapts the server's older `(line) => void` log calls to structured output, e.g.
 * `storage failure board=X during=load code=1011: "disk full"` →
 * `{ "event": "storage_failure", "board": "X", "detail": "load", "code": 1011 }`.
 */
export function lineLogger(logger: Logger): (line: string) => void {
  return (line) => {
    const colon = line.search(/: /);
    const head = colon === -1 ? line : line.slice(0, colon);
    const firstKey = head.search(/\s\w+=/);
    const words = (firstKey === -1 ? head : head.slice(0, firstKey)).trim();
    const event = line.startsWith('error ')
      ? 'error'
      : words
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '_')
          .replace(/^_|_$/g, '') || 'message';
    const fields: Record<string, string | number> = {};
    for (const match of head.matchAll(/(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g)) {
      const key = LEGACY_KEYS[match[1] ?? ''];
      let value = match[2] ?? '';
      if (key === undefined) continue;
      if (value.startsWith('"')) value = value.slice(1, -1);
      fields[key] = key === 'code' && /^\d+$/.test(value) ? Number(value) : value.replace(/,$/, '');
    }
    const level: LogLevel = event === 'error' || event === 'storage_failure' || event === 'shutdown_failed' ? 'error' : 'info';
    // An internal error's stack helps operators and holds code locations, not board content.
    if (event === 'error') fields.detail = line.slice(6);
    logEvent(logger, level, event, fields);
  };
}
