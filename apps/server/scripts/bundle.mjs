#!/usr/bin/env node
/**
 * Builds the server for production: src/main.ts → dist/main.js and src/backupMain.ts →
 * dist/backup.js, plain JavaScript for Node 20.19+. The workspace's own TypeScript packages
 * (@kinboard/model) are compiled in; every other dependency stays an import, resolved from
 * node_modules at run time, so there is one copy of yjs and no TypeScript runner is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(serverDir, 'package.json'), 'utf8'));
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@kinboard/'));

await build({
  absWorkingDir: serverDir,
  entryPoints: { main: 'src/main.ts', backup: 'src/backupMain.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: 'warning',
});
