#!/usr/bin/env node
/**
 * The README's commands on a fresh machine with only Node and npm:
 *   npm start  → install, build the web app and the server when their sources changed, run the
 *                compiled server with node (embedded SQLite in apps/server/data)
 *   npm run backup -- FILE → a consistent copy of the database while the server runs
 *   npm test   → install (pnpm, and Debian's chromium, postgresql and nginx for the tests), lint, check the tree's shape, type-check, run every suite
 *   npm run bench → install and run the benchmarks
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnv, SUPPORTED_NODE, sqliteLoadError, supportedNode } from './nodeRuntime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const CHROMIUM = '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, what, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${status}).`);
    process.exit(status);
  }
}

function quiet(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** pnpm 10 on the PATH, installed with npm if missing. */
function ensurePnpm() {
  const version = quiet('pnpm', ['--version']);
  if (version && version.startsWith('10.')) return;
  console.log(`Installing pnpm ${PNPM_VERSION} with npm…`);
  must('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`], 'Installing pnpm');
}

/**
 * The dependencies, with native modules (better-sqlite3) built for the Node running this script:
 * against its own headers when it ships them (no download), and built again when the installed
 * copy was made for another Node version.
 */
function install() {
  ensurePnpm();
  const env = buildEnv();
  must('pnpm', ['install', '--frozen-lockfile'], 'Installing dependencies', { env });
  if (sqliteLoadError(SERVER_DIR) === null) return;
  console.warn(`Building better-sqlite3 for Node ${process.versions.node} (it was built for another version)…`);
  must('pnpm', ['--recursive', 'rebuild', 'better-sqlite3'], 'Building better-sqlite3', { env });
  const still = sqliteLoadError(SERVER_DIR);
  if (still !== null) {
    console.error(`✗ better-sqlite3 does not load under Node ${process.versions.node}: ${still}`);
    process.exit(1);
  }
}

/**
 * Debian's packages the tests use: chromium (test tools may not download browsers here),
 * poppler-utils (pdftotext reads printed PDFs), postgresql (the server suites start a
 * throwaway cluster of their own; the package's default cluster is not used) and nginx (the
 * browser test of several processes puts it in front of them, from a temporary folder; the
 * package's own service is not used).
 */
const TEST_PACKAGES = [
  { file: CHROMIUM, packages: ['chromium', 'fonts-dejavu-core'] },
  { file: '/usr/bin/pdftotext', packages: ['poppler-utils'] },
  { file: '/usr/lib/postgresql/*/bin/initdb', packages: ['postgresql'] },
  { file: '/usr/sbin/nginx', packages: ['nginx'] },
];

/** Whether `file` exists; a `*` stands for any one folder name (PostgreSQL's version). */
function present(file) {
  const star = file.indexOf('*');
  if (star < 0) return fs.existsSync(file);
  const parent = file.slice(0, star);
  const rest = file.slice(star + 1);
  return fs.existsSync(parent) && fs.readdirSync(parent).some((name) => fs.existsSync(parent + name + rest));
}

function ensureTestPackages() {
  const missing = TEST_PACKAGES.filter((p) => !present(p.file));
  if (missing.length === 0) return;
  const packages = missing.flatMap((p) => p.packages);
  console.log(`Installing Debian ${packages.join(', ')} for the tests…`);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (prefix.length ? run(prefix[0], [...prefix.slice(1), 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
  if (
    apt(['update']) !== 0 ||
    apt(['install', '-y', '--no-install-recommends', ...packages]) !== 0 ||
    missing.some((p) => !present(p.file))
  ) {
    console.error(
      `✗ ${missing.map((p) => p.file).join(', ')} missing and could not be installed. Install the Debian packages ${packages.join(', ')} and run again.`,
    );
    process.exit(1);
  }
}

/** What the production build is made from; a change to any of these means building again. */
const BUILD_SOURCES = [
  'pnpm-lock.yaml',
  'packages/model/src',
  'packages/model/package.json',
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'apps/server/src',
  'apps/server/scripts',
  'apps/server/package.json',
];
const SERVER_DIR = path.join(root, 'apps/server');
const STAMP = path.join(SERVER_DIR, 'dist/.sources-sha256');

function hashSources() {
  const hash = createHash('sha256');
  const visit = (relative) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      // Tests are not part of what runs.
      for (const name of fs.readdirSync(full).sort()) if (name !== 'test' && !/\.test\.tsx?$/.test(name)) visit(path.join(relative, name));
    } else {
      hash.update(relative).update('\0').update(fs.readFileSync(full)).update('\0');
    }
  };
  for (const source of BUILD_SOURCES) visit(source);
  return hash.digest('hex');
}

/** Builds the web app and the server once, and again only when their sources changed. */
function buildIfChanged() {
  const sources = hashSources();
  const built = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : null;
  const complete = ['apps/web/dist/index.html', 'apps/server/dist/main.js', 'apps/server/dist/backup.js'].every((f) =>
    fs.existsSync(path.join(root, f)),
  );
  if (built === sources && complete) return;
  console.warn('Building Kinboard (the sources changed since the last build)…');
  must('pnpm', ['--filter', '@kinboard/web', 'build'], 'Building the web app');
  must('pnpm', ['--filter', '@kinboard/server', 'build'], 'Building the server');
  fs.writeFileSync(STAMP, `${sources}\n`);
}

if (!supportedNode(process.versions.node)) {
  console.error(`✗ Kinboard needs ${SUPPORTED_NODE}; this is Node ${process.versions.node}. Install a supported version and run again.`);
  process.exit(1);
}

const command = process.argv[2];
if (command === 'start') {
  install();
  buildIfChanged();
  // Compiled JavaScript on plain node: no TypeScript runner at run time.
  process.exit(run(process.execPath, ['dist/main.js'], { cwd: SERVER_DIR }));
} else if (command === 'backup') {
  // `--restore FILE` (with KINBOARD_DATABASE_URL) loads a PostgreSQL backup into a new, empty database.
  const restore = process.argv[3] === '--restore';
  const target = restore ? process.argv[4] : process.argv[3];
  if (!target) {
    console.error('Usage: npm run backup -- FILE   (FILE is where the copy goes; it must not exist yet)');
    console.error('       npm run backup -- --restore FILE   (with KINBOARD_DATABASE_URL: loads FILE into that new, empty database)');
    process.exit(2);
  }
  install();
  buildIfChanged();
  // npm runs scripts from the project folder; FILE is meant relative to where the command was typed.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
  process.exit(run(process.execPath, ['dist/backup.js', ...(restore ? ['--restore'] : []), file], { cwd: SERVER_DIR }));
} else if (command === 'test') {
  install();
  ensureTestPackages();
  // Lint and format check in one (CSS included): an unformatted file fails here.
  must('pnpm', ['exec', 'biome', 'ci', '.'], 'Linting and checking the formatting');
  // Feature boundaries, file lengths and colours outside the tokens (ARCHITECTURE.md); the checker's own tests first.
  must(
    process.execPath,
    ['--test', 'scripts/checkShape.test.mjs', 'scripts/nodeRuntime.test.mjs'],
    'Testing the shape check and the Node checks',
  );
  must(process.execPath, ['scripts/checkShape.mjs'], 'Checking the shape of the tree');
  must('pnpm', ['-r', 'typecheck'], 'Type-checking');
  // The PostgreSQL suites must run here, never skip (apps/server/src/test/pgGlobalSetup.ts).
  must('pnpm', ['-r', '--workspace-concurrency=1', '--filter', '!@kinboard/e2e', 'test'], 'Unit and integration tests', {
    env: { ...process.env, KINBOARD_REQUIRE_POSTGRES: '1' },
  });
  // The browser suite builds the web app first, then drives it in Debian Chromium.
  must('pnpm', ['--filter', '@kinboard/e2e', 'test'], 'Browser tests');
  console.log('\n✓ Every suite passed.');
} else if (command === 'bench') {
  install();
  process.exit(run('pnpm', ['--filter', '@kinboard/bench', 'bench', ...process.argv.slice(3)]));
} else {
  console.error('Usage: node scripts/run.mjs start|test|bench|backup FILE');
  process.exit(2);
}
