/**
 * The production server: compiled JavaScript run by plain node, with no TypeScript runner among
 * the server's runtime dependencies.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir, waitFor } from './harness';

const SERVER_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(SERVER_DIR, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

const dataDir = tempDataDir();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('production server', () => {
  it('[PS1] has no TypeScript runner or compiler among its runtime dependencies and starts with node', () => {
    for (const name of ['tsx', 'ts-node', 'typescript', 'esbuild', '@swc/core']) expect(manifest.dependencies).not.toHaveProperty(name);
    expect(manifest.scripts.start).toBe('node dist/main.js');
  });

  it('[PS2] the build runs on plain node (no loader) and answers /healthz', async () => {
    execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: SERVER_DIR });
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: SERVER_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        KINBOARD_DATA_DIR: dataDir,
        KINBOARD_WEB_ROOT: path.join(dataDir, 'none'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await waitFor(() => /"event":"server_started".*"port":(\d+)/.test(output), 15_000, 'the compiled server to start');
      const port = /"port":(\d+)/.exec(output)?.[1];
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toEqual({ ok: true });
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
