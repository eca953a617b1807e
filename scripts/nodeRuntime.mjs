/**
 * What the README's commands need from the Node.js that runs them (scripts/run.mjs,
 * scripts/nodeVersions.mjs): a version Kinboard supports, and better-sqlite3 built for it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The versions package.json's `engines` allows, in words for the message. */
export const SUPPORTED_NODE = 'Node.js 20.19 or newer in 20.x, 22.12 or newer in 22.x, or 24 and later';

/**
 * Whether `version` ("22.12.0", "v24.1.0") is one Kinboard runs on: 20.19+ (Vite 8 and require() of
 * ES modules), 22.12+ (the same), 24 and later. 21 and 23 were never long-term releases.
 */
export function supportedNode(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major >= 24;
}

/**
 * The folder whose include/node holds the C headers of exactly this Node (official tarballs and
 * nvm ship them beside bin/node; Debian's libnode-dev puts them in /usr), or null. node-gyp builds
 * native modules against it with no download, and a `nodedir` in an .npmrc written for another
 * Node version is overridden (it would build a module this Node refuses to load).
 */
export function headersDir(execPath = process.execPath, version = process.versions.node) {
  const prefix = path.resolve(path.dirname(execPath), '..');
  const header = path.join(prefix, 'include/node/node_version.h');
  if (!fs.existsSync(header)) return null;
  const text = fs.readFileSync(header, 'utf8');
  const part = (name) => text.match(new RegExp(`#define NODE_${name}_VERSION (\\d+)`))?.[1];
  return `${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}` === version ? prefix : null;
}

/** The environment for pnpm so native modules build for this Node: its own headers when it has them. */
export function buildEnv(base = process.env, execPath = process.execPath, version = process.versions.node) {
  const dir = headersDir(execPath, version);
  return dir ? { ...base, npm_config_nodedir: dir } : { ...base };
}

/**
 * Whether the installed better-sqlite3 opens a database under the Node at `execPath`. It does not
 * after switching Node versions (nvm, a system upgrade): pnpm says "Already up to date" and the
 * server would stop with NODE_MODULE_VERSION. Returns null when it loads, else the error's first line.
 */
export function sqliteLoadError(serverDir, execPath = process.execPath) {
  const probe = "const Database = require('better-sqlite3'); new Database(':memory:').close();";
  const result = spawnSync(execPath, ['-e', probe], { cwd: serverDir, encoding: 'utf8' });
  if (result.status === 0) return null;
  const lines = `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.split('\n');
  return lines.find((line) => /NODE_MODULE_VERSION|Error/.test(line))?.trim() ?? `exit ${result.status}`;
}
