/**
 * Server configuration. Everything the server reads from its environment arrives through
 * `configFromEnv` in main.ts and is handed to `createKinboardServer`; no module reads
 * process.env on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ModelError, parseDictionaryExtension, type DictionaryTerm } from '@kinboard/model';
import { fileURLToPath } from 'node:url';
import { MAX_TIMER_MS } from './core/LinkExpiryTimers';
import { createLogger, lineLogger, type Logger } from './log';

export interface Limits {
  /** Largest WebSocket message the sync core accepts, in bytes. */
  readonly maxMessageBytes: number;
  /** Largest stored size of one board (snapshot plus pending updates), in bytes. */
  readonly maxBoardBytes: number;
  /** Sustained messages per second one connection may send. */
  readonly messagesPerSecond: number;
  /** Short bursts above the sustained rate, in messages. */
  readonly messageBurst: number;
  /** Open connections one board may have. */
  readonly maxConnectionsPerBoard: number;
  /** Largest JSON request body on the HTTP API, in bytes. */
  readonly maxRequestBytes: number;
  /**
   * Bytes that may wait unsent for one connection (replies, broadcasts and presence together);
   * a connection with more waiting is not reading and is closed with 1013 [L4].
   */
  readonly maxSendBufferBytes: number;
  /** POST /api/tickets per client address per minute (bursts of half that) [H8]. */
  readonly ticketsPerMinute: number;
  /** Refused ticket requests (wrong secret, unknown board) per address per minute, bursts of half [H8]. */
  readonly refusedTicketsPerMinute: number;
  /** POST /api/boards per address per minute, bursts of half [H8]. */
  readonly boardsPerMinute: number;
  /** Requests to /api/boards/{id}/… per address per minute, bursts of half [H8]. */
  readonly adminRequestsPerMinute: number;
  /** How long a socket may take to complete its upgrade request before it is cut [L5]. */
  readonly upgradeTimeoutMs: number;
}

export interface ServerConfig {
  readonly port: number;
  /** Interface to listen on. */
  readonly host: string;
  /** Folder for the SQLite database. */
  readonly dataDir: string;
  /** PostgreSQL to keep everything in instead of the SQLite file (KINBOARD_DATABASE_URL); null for SQLite. */
  readonly databaseUrl: string | null;
  /** With PostgreSQL: how long a process's hold on a board lasts unless renewed (KINBOARD_LEASE_MS, MP1). */
  readonly leaseMs: number;
  /** Folder of the built web app; null to serve the API only. */
  readonly webRoot: string | null;
  /**
   * Origin put in board links; null to use the origin of the request that created the board,
   * when its Host is this machine or in `allowedHosts` [H7].
   */
  readonly publicOrigin: string | null;
  /** Other origins whose pages may change boards and open sockets (KINBOARD_ALLOWED_ORIGINS, comma-separated) [H6]. */
  readonly allowedOrigins: readonly string[];
  /** Host names (with port, as in a Host header) this server answers as, beyond the public origin's and loopback (KINBOARD_ALLOWED_HOSTS) [H7]. */
  readonly allowedHosts: readonly string[];
  /** Extra plain-language terms for this deployment, already checked (KINBOARD_DICTIONARY file). */
  readonly dictionaryTerms: readonly DictionaryTerm[];
  /** Licence key for the drawing canvas (tldraw) on production hosts; null without one. */
  readonly tldrawLicenseKey: string | null;
  /** When set, creating a board needs `Authorization: Bearer {staffKey}`. */
  readonly staffKey: string | null;
  /** How long a ticket from POST /api/tickets lets a socket connect, in ms. */
  readonly ticketTtlMs: number;
  /** How long a board stays in memory after its last connection leaves, in ms. */
  readonly unloadAfterMs: number;
  /** Stored updates per board before they are folded into a snapshot. */
  readonly compactAfterUpdates: number;
  /** Longest single wait of a link-expiry timer, in ms; far expiries are reached in steps. Tests shorten it. */
  readonly linkExpiryStepMs: number;
  readonly limits: Limits;
  /** Structured JSON log lines (see log.ts); defaults to stderr. */
  readonly logger: Logger;
  /** One plain line per notable event, turned into a structured line by default (see log.ts). */
  readonly log: (line: string) => void;
  /** Staff sign-in with OpenID Connect; null keeps the single-machine behaviour. */
  readonly oidc: OidcSettings | null;
  /** How long a signed-in session lasts, in ms. */
  readonly sessionTtlMs: number;
  /** Days a board with no activity is kept before it is deleted for good; null keeps boards. */
  readonly retentionDays: number | null;
  /** The clock for sessions and retention; tests control it. */
  readonly now: () => number;
}

/** KINBOARD_OIDC_*: the council's identity provider and this app's registration with it. */
export interface OidcSettings {
  /** Issuer identifier, e.g. https://login.microsoftonline.com/{tenant id}/v2.0 */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 4 * 1024 * 1024,
  maxBoardBytes: 64 * 1024 * 1024,
  messagesPerSecond: 200,
  messageBurst: 400,
  maxConnectionsPerBoard: 100,
  maxRequestBytes: 16 * 1024,
  maxSendBufferBytes: 64 * 1024 * 1024,
  ticketsPerMinute: 600,
  refusedTicketsPerMinute: 30,
  boardsPerMinute: 60,
  adminRequestsPerMinute: 600,
  upgradeTimeoutMs: 10_000,
};

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_ROOT = path.resolve(here, '../../web/dist');

export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const logger = overrides.logger ?? createLogger();
  const config: ServerConfig = {
    port: 8787,
    host: '0.0.0.0',
    dataDir: path.resolve('data'),
    databaseUrl: null,
    leaseMs: 10_000,
    webRoot: DEFAULT_WEB_ROOT,
    publicOrigin: null,
    allowedOrigins: [],
    allowedHosts: [],
    staffKey: null,
    tldrawLicenseKey: null,
    dictionaryTerms: [],
    ticketTtlMs: 60_000,
    unloadAfterMs: 5_000,
    compactAfterUpdates: 500,
    linkExpiryStepMs: MAX_TIMER_MS,
    logger,
    log: lineLogger(logger),
    oidc: null,
    sessionTtlMs: 12 * 60 * 60 * 1000,
    retentionDays: null,
    now: Date.now,
    ...overrides,
    limits: { ...DEFAULT_LIMITS, ...overrides.limits },
  };
  if (config.oidc && !config.publicOrigin) {
    throw new Error('KINBOARD_PUBLIC_ORIGIN must be set with KINBOARD_OIDC_ISSUER: the sign-in redirect address is built from it');
  }
  return config;
}

/** The three KINBOARD_OIDC_* variables together, or none of them. */
function oidcFrom(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.KINBOARD_OIDC_ISSUER || '';
  const clientId = env.KINBOARD_OIDC_CLIENT_ID || '';
  const clientSecret = env.KINBOARD_OIDC_CLIENT_SECRET || '';
  if (!issuer && !clientId && !clientSecret) return null;
  const missing = [
    ['KINBOARD_OIDC_ISSUER', issuer],
    ['KINBOARD_OIDC_CLIENT_ID', clientId],
    ['KINBOARD_OIDC_CLIENT_SECRET', clientSecret],
  ].filter(([, value]) => !value);
  if (missing.length > 0) throw new Error(`Staff sign-in needs ${missing.map(([name]) => name).join(' and ')} as well`);
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`KINBOARD_OIDC_ISSUER must be a URL, got "${issuer}"`);
  }
  if (url.protocol !== 'https:' && !isLoopbackHost(url.hostname)) {
    throw new Error('KINBOARD_OIDC_ISSUER must be an https address (plain http is allowed only on this machine, for testing)');
  }
  return { issuer, clientId, clientSecret };
}

/** True for localhost and loopback addresses, where plain http is tolerated (tests). */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function retentionFrom(env: NodeJS.ProcessEnv): number | null {
  const days = intFrom(env, 'KINBOARD_RETENTION_DAYS');
  if (days === 0) throw new Error('KINBOARD_RETENTION_DAYS must be at least 1 (leave it unset to keep boards)');
  return days ?? null;
}

function publicOriginFrom(env: NodeJS.ProcessEnv): string | null {
  const raw = env.KINBOARD_PUBLIC_ORIGIN;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`KINBOARD_PUBLIC_ORIGIN must be an origin such as https://kinboard.example.gov.uk, got "${raw}"`);
  }
  return url.origin;
}

function intFrom(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function listFrom(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Reads and checks a deployment's dictionary file; a bad file stops the server with the reason. */
function readDictionary(file: string): DictionaryTerm[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`KINBOARD_DICTIONARY: cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return parseDictionaryExtension(text);
  } catch (error) {
    if (error instanceof ModelError) throw new Error(`KINBOARD_DICTIONARY (${file}): ${error.message}`);
    throw error;
  }
}

/**
 * KINBOARD_DATABASE_URL: postgres://USER:PASS@HOST:PORT/DB (or postgresql://), checked here so a
 * mistake stops the start with a message that says what is wrong (never repeating the password).
 */
export function databaseUrlFrom(env: NodeJS.ProcessEnv): string | null {
  const raw = env.KINBOARD_DATABASE_URL?.trim();
  if (!raw) return null;
  const shape = 'postgres://USER:PASSWORD@HOST:PORT/DATABASE';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`KINBOARD_DATABASE_URL must look like ${shape}; it is not an address`);
  }
  const shown = url.password ? raw.replace(`:${url.password}@`, ':***@') : raw;
  const problem =
    url.protocol !== 'postgres:' && url.protocol !== 'postgresql:'
      ? `it starts with "${url.protocol}//" instead of "postgres://"`
      : !url.hostname
        ? 'it names no host'
        : !url.username
          ? 'it names no user'
          : url.pathname.length <= 1 || url.pathname.slice(1).includes('/')
            ? 'it names no database (the part after the last "/")'
            : url.port && !(Number(url.port) >= 1 && Number(url.port) <= 65535)
              ? `port ${url.port} is not a port`
              : null;
  if (problem) throw new Error(`KINBOARD_DATABASE_URL must look like ${shape}, but ${problem}: ${shown}`);
  return raw;
}

/** Reads the documented KINBOARD_* variables and PORT. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const limits: Partial<Limits> = {};
  const maxMessage = intFrom(env, 'KINBOARD_MAX_MESSAGE_BYTES');
  if (maxMessage !== undefined) (limits as { maxMessageBytes?: number }).maxMessageBytes = maxMessage;
  const maxBoard = intFrom(env, 'KINBOARD_MAX_BOARD_BYTES');
  if (maxBoard !== undefined) (limits as { maxBoardBytes?: number }).maxBoardBytes = maxBoard;
  const maxConnections = intFrom(env, 'KINBOARD_MAX_CONNECTIONS_PER_BOARD');
  if (maxConnections !== undefined) (limits as { maxConnectionsPerBoard?: number }).maxConnectionsPerBoard = maxConnections;
  const rate = intFrom(env, 'KINBOARD_MESSAGES_PER_SECOND');
  if (rate !== undefined) Object.assign(limits, { messagesPerSecond: rate, messageBurst: rate * 2 });
  const named: [string, keyof Limits][] = [
    ['KINBOARD_MAX_SEND_BUFFER_BYTES', 'maxSendBufferBytes'],
    ['KINBOARD_TICKETS_PER_MINUTE', 'ticketsPerMinute'],
    ['KINBOARD_REFUSED_TICKETS_PER_MINUTE', 'refusedTicketsPerMinute'],
    ['KINBOARD_BOARDS_PER_MINUTE', 'boardsPerMinute'],
    ['KINBOARD_ADMIN_REQUESTS_PER_MINUTE', 'adminRequestsPerMinute'],
    ['KINBOARD_UPGRADE_TIMEOUT_MS', 'upgradeTimeoutMs'],
  ];
  for (const [variable, limit] of named) {
    const value = intFrom(env, variable);
    if (value !== undefined) Object.assign(limits, { [limit]: value });
  }
  return defaultConfig({
    port: intFrom(env, 'PORT') ?? 8787,
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.KINBOARD_DATA_DIR || 'data'),
    databaseUrl: databaseUrlFrom(env),
    leaseMs: intFrom(env, 'KINBOARD_LEASE_MS') ?? 10_000,
    webRoot: env.KINBOARD_WEB_ROOT ? path.resolve(env.KINBOARD_WEB_ROOT) : DEFAULT_WEB_ROOT,
    publicOrigin: publicOriginFrom(env),
    oidc: oidcFrom(env),
    retentionDays: retentionFrom(env),
    allowedOrigins: listFrom(env, 'KINBOARD_ALLOWED_ORIGINS'),
    allowedHosts: listFrom(env, 'KINBOARD_ALLOWED_HOSTS'),
    staffKey: env.KINBOARD_STAFF_KEY || null,
    tldrawLicenseKey: env.KINBOARD_TLDRAW_LICENSE_KEY || null,
    dictionaryTerms: env.KINBOARD_DICTIONARY ? readDictionary(env.KINBOARD_DICTIONARY) : [],
    unloadAfterMs: intFrom(env, 'KINBOARD_UNLOAD_AFTER_MS') ?? 5_000,
    limits: limits as Limits,
  });
}
