import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildEnv, headersDir, sqliteLoadError, supportedNode } from './nodeRuntime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

test('supported Node versions are the ones package.json names', () => {
  for (const version of ['20.19.0', 'v20.20.2', '22.12.0', '22.23.5', '24.0.0', '24.22.3', '26.1.0']) {
    assert.equal(supportedNode(version), true, version);
  }
  for (const version of ['18.20.0', '20.18.3', '21.7.0', '22.11.0', '23.11.0']) {
    assert.equal(supportedNode(version), false, version);
  }
  const engines = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;
  assert.equal(engines, '^20.19.0 || ^22.12.0 || >=24.0.0');
});

/** A Node installed under a temporary prefix whose headers say `headerVersion`. */
function fakeNode(headerVersion) {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-node-'));
  fs.mkdirSync(path.join(prefix, 'bin'));
  fs.writeFileSync(path.join(prefix, 'bin/node'), '');
  fs.mkdirSync(path.join(prefix, 'include/node'), { recursive: true });
  const [major, minor, patch] = headerVersion.split('.');
  const header = `#define NODE_MAJOR_VERSION ${major}\n#define NODE_MINOR_VERSION ${minor}\n#define NODE_PATCH_VERSION ${patch}\n`;
  fs.writeFileSync(path.join(prefix, 'include/node/node_version.h'), header);
  return { prefix, execPath: path.join(prefix, 'bin/node') };
}

test("native modules build against the running Node's own headers, never another version's", () => {
  const same = fakeNode('22.23.5');
  assert.equal(headersDir(same.execPath, '22.23.5'), same.prefix);
  const env = buildEnv({ npm_config_nodedir: '/usr', HOME: '/home/a' }, same.execPath, '22.23.5');
  assert.equal(env.npm_config_nodedir, same.prefix);
  assert.equal(env.HOME, '/home/a');

  const other = fakeNode('20.20.2');
  assert.equal(headersDir(other.execPath, '22.23.5'), null);
  assert.equal(buildEnv({}, other.execPath, '22.23.5').npm_config_nodedir, undefined);

  const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-node-'));
  assert.equal(headersDir(path.join(bare, 'bin/node'), '22.23.5'), null);
  for (const dir of [same.prefix, other.prefix, bare]) fs.rmSync(dir, { recursive: true });
});

test('the installed better-sqlite3 opens a database under this Node, and a missing one is reported', () => {
  assert.equal(sqliteLoadError(path.join(root, 'apps/server')), null);
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-empty-'));
  assert.match(sqliteLoadError(empty) ?? '', /Cannot find module 'better-sqlite3'|Error/);
  fs.rmSync(empty, { recursive: true });
});
