#!/usr/bin/env node
/**
 * The README's commands on a fresh machine with only Node and npm:
 *   npm start  → install, build the web app, run the server (embedded SQLite in ./data)
 *   npm test   → install (pnpm, and Debian's chromium for browser tests), lint, check the tree's shape, type-check, run every suite
 *   npm run bench → install and run the benchmarks
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

function install() {
  ensurePnpm();
  must('pnpm', ['install', '--frozen-lockfile'], 'Installing dependencies');
}

/** Debian's chromium for the browser tests; test tools may not download browsers here. */
function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  console.log('Installing Debian chromium for the browser tests…');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (prefix.length ? run(prefix[0], [...prefix.slice(1), 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
  if (apt(['update']) !== 0 || apt(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']) !== 0 || !fs.existsSync(CHROMIUM)) {
    console.error(`✗ ${CHROMIUM} is missing and could not be installed. Install the Debian package "chromium" and run again.`);
    process.exit(1);
  }
}

const command = process.argv[2];
if (command === 'start') {
  install();
  must('pnpm', ['--filter', '@kinboard/web', 'build'], 'Building the web app');
  process.exit(run('pnpm', ['--filter', '@kinboard/server', 'start']));
} else if (command === 'test') {
  install();
  ensureChromium();
  must('pnpm', ['exec', 'biome', 'lint', '.'], 'Linting');
  // Feature boundaries, file lengths and colours outside the tokens (ARCHITECTURE.md); the checker's own tests first.
  must('node', ['--test', 'scripts/checkShape.test.mjs'], 'Testing the shape check');
  must('node', ['scripts/checkShape.mjs'], 'Checking the shape of the tree');
  must('pnpm', ['-r', 'typecheck'], 'Type-checking');
  must('pnpm', ['-r', '--workspace-concurrency=1', '--filter', '!@kinboard/e2e', 'test'], 'Unit and integration tests');
  // The browser suite builds the web app first, then drives it in Debian Chromium.
  must('pnpm', ['--filter', '@kinboard/e2e', 'test'], 'Browser tests');
  console.log('\n✓ Every suite passed.');
} else if (command === 'bench') {
  install();
  process.exit(run('pnpm', ['--filter', '@kinboard/bench', 'bench', ...process.argv.slice(3)]));
} else {
  console.error('Usage: node scripts/run.mjs start|test|bench');
  process.exit(2);
}
