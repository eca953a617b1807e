/**
 * Backup and restore with PostgreSQL (KINBOARD_DATABASE_URL), needing no PostgreSQL program
 * (pg_dump) where it runs. A backup reads every Kinboard table in one REPEATABLE READ, READ ONLY
 * transaction, so all of it is one consistent moment however many processes are writing, and
 * writes it as JSON lines: a header (format, schema version, time), one line per row (bytes as
 * base64), and a last line with the rows per table, so a cut-off file is recognised. A restore
 * loads such a file into an empty database in one transaction: all of it or nothing.
 * Runtime state is left out (board leases, spent tickets, handed-over actions): it means nothing
 * to a restored service.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import postgres, { type Sql } from 'postgres';
import { migratePg, PG_MIGRATIONS } from './pgMigrations';

const FORMAT = 'kinboard-backup';
const FORMAT_VERSION = 1;

/** Tables that hold only what running processes need right now. */
const RUNTIME_TABLES = new Set(['board_leases', 'spent_tickets', 'board_actions', 'kinboard_schema']);

/** Parents before children, so a restore never breaks a foreign key; tables added later follow. */
const TABLE_ORDER = [
  'boards',
  'documents',
  'updates',
  'audit',
  'meeting_records',
  'held_answers',
  'server_keys',
  'staff',
  'staff_sessions',
  'board_owners',
  'board_activity',
  'board_people',
  'device_credentials',
  'lobby_requests',
  'board_admission',
];

export interface PgBackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly schemaVersion: number;
  readonly boards: number;
  readonly rows: Readonly<Record<string, number>>;
}

type Row = Record<string, unknown>;

function openSql(url: string): Sql {
  return postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
}

/** The Kinboard tables of the connection's schema that a backup carries, in restore order. */
async function dataTables(sql: Sql): Promise<string[]> {
  const rows = await sql<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const present = rows.map((r) => r.table_name).filter((t) => !RUNTIME_TABLES.has(t));
  const rank = (t: string) => {
    const i = TABLE_ORDER.indexOf(t);
    return i === -1 ? TABLE_ORDER.length : i;
  };
  return present.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function encodeRow(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row))
    out[key] = value instanceof Uint8Array ? { $b64: Buffer.from(value).toString('base64') } : value;
  return out;
}

function decodeValue(value: unknown): unknown {
  if (value && typeof value === 'object' && '$b64' in value && typeof value.$b64 === 'string') return Buffer.from(value.$b64, 'base64');
  return value;
}

/** Writes a consistent copy of the database at `url` to `target`, which must not exist yet. */
export async function backupPg(url: string, target: string): Promise<PgBackupResult> {
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose a new file name so no earlier backup is overwritten`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const sql = openSql(url);
  const fd = fs.openSync(partial, 'wx', 0o600);
  const rows: Record<string, number> = {};
  let schemaVersion = 0;
  try {
    await sql.begin('ISOLATION LEVEL REPEATABLE READ READ ONLY', async (tx) => {
      const [version] = await tx<{ version: number }[]>`SELECT version FROM kinboard_schema`.catch(() => []);
      if (!version)
        throw new Error('There is no Kinboard database at that address (no kinboard_schema table): check KINBOARD_DATABASE_URL');
      schemaVersion = version.version;
      fs.writeSync(
        fd,
        `${JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, engine: 'postgresql', schemaVersion, takenAt: new Date().toISOString() })}\n`,
      );
      for (const table of await dataTables(tx as unknown as Sql)) {
        rows[table] = 0;
        await tx`SELECT * FROM ${tx(table)}`.cursor(500, (batch: Row[]) => {
          fs.writeSync(fd, batch.map((row) => `${JSON.stringify({ t: table, r: encodeRow(row) })}\n`).join(''));
          rows[table] = (rows[table] ?? 0) + batch.length;
        });
      }
    });
    fs.writeSync(fd, `${JSON.stringify({ end: true, rows })}\n`);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, file);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // Already closed.
    }
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
  return { file, bytes: fs.statSync(file).size, schemaVersion, boards: rows.boards ?? 0, rows };
}

/** Loads a backup file into the empty database at `url` (migrated first), all in one transaction. */
export async function restorePg(url: string, source: string): Promise<PgBackupResult> {
  const file = path.resolve(source);
  if (!fs.existsSync(file)) throw new Error(`There is no backup at ${file}`);
  const sql = openSql(url);
  let lines: readline.Interface | null = null;
  const counted: Record<string, number> = {};
  let schemaVersion = 0;
  try {
    await migratePg(sql);
    const known = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]?.version ?? 0;
    await sql.begin(async (tx) => {
      let header: { format?: string; schemaVersion?: number } | null = null;
      let end: { rows: Record<string, number> } | null = null;
      const pending = new Map<string, Row[]>();
      const flush = async (table: string) => {
        const batch = pending.get(table) ?? [];
        pending.delete(table);
        if (batch.length === 0) return;
        const columns = Object.keys(batch[0] ?? {});
        const params: unknown[] = [];
        const values = batch.map((row) => `(${columns.map((c) => `$${params.push(decodeValue(row[c]))}`).join(', ')})`);
        const names = columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
        // OVERRIDING SYSTEM VALUE keeps generated ids (staff) as they were, so references still match.
        await tx.unsafe(`INSERT INTO "${table}" (${names}) OVERRIDING SYSTEM VALUE VALUES ${values.join(', ')}`, params as never[]);
      };
      let tables: string[] = [];
      let current: string | null = null;
      // Opened only now: lines read before the loop starts would be lost.
      lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (!line) continue;
        const entry = JSON.parse(line) as {
          format?: string;
          schemaVersion?: number;
          t?: string;
          r?: Row;
          end?: boolean;
          rows?: Record<string, number>;
        };
        if (!header) {
          if (entry.format !== FORMAT) throw new Error(`${file} is not a Kinboard PostgreSQL backup`);
          if (entry.schemaVersion !== known) {
            throw new Error(
              `${file} was taken at schema version ${entry.schemaVersion}; this Kinboard restores version ${known} only: restore with the Kinboard that took it`,
            );
          }
          header = entry;
          schemaVersion = entry.schemaVersion;
          tables = await dataTables(tx as unknown as Sql);
          for (const table of tables) {
            counted[table] = 0;
            const [any] = await tx`SELECT 1 FROM ${tx(table)} LIMIT 1`;
            if (any) throw new Error(`The database already holds Kinboard data (table ${table}); restore into a new, empty database`);
          }
          continue;
        }
        if (entry.end) {
          end = { rows: entry.rows ?? {} };
          continue;
        }
        const table = entry.t ?? '';
        if (!tables.includes(table) || !entry.r) throw new Error(`${file} holds a row of an unknown table "${table}"`);
        // Tables come one after the other, parents first: a table's rows are all in before the next one's.
        if (table !== current) {
          if (current !== null) await flush(current);
          current = table;
        }
        const batch = pending.get(table) ?? [];
        batch.push(entry.r);
        pending.set(table, batch);
        counted[table] = (counted[table] ?? 0) + 1;
        if (batch.length >= 200) await flush(table);
      }
      for (const table of tables) await flush(table);
      if (!header) throw new Error(`${file} is empty`);
      if (!end) throw new Error(`${file} is cut off (no end line): take the backup again`);
      for (const [table, n] of Object.entries(end.rows)) {
        if ((counted[table] ?? 0) !== n)
          throw new Error(`${file} is damaged: ${table} should have ${n} rows, it has ${counted[table] ?? 0}`);
      }
      // The next staff member signing in gets a new id after the restored ones.
      await tx`SELECT setval(pg_get_serial_sequence('staff', 'id'), GREATEST((SELECT MAX(id) FROM staff), 1), (SELECT MAX(id) FROM staff) IS NOT NULL)`;
    });
  } finally {
    (lines as readline.Interface | null)?.close();
    await sql.end({ timeout: 5 });
  }
  return { file, bytes: fs.statSync(file).size, schemaVersion, boards: counted.boards ?? 0, rows: counted };
}
