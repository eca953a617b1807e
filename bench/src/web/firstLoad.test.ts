/** The first-load size counts what a first visit downloads, and nothing loaded when a part opens. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoadJs } from './firstLoad';

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function built(files: Record<string, string>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinboard-first-load-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('firstLoadJs', () => {
  it('counts the entry, its preloads and their static imports, but not chunks loaded on demand', () => {
    const shared = 'export const shared = "x".repeat(100);';
    const dist = built({
      'index.html':
        '<script type="module" crossorigin src="/assets/index-a.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">',
      'assets/index-a.js': 'import{shared as s}from"./vendor-b.js";import"./side-c.js";const P=()=>import("./Plan-d.js");console.log(s,P);',
      'assets/vendor-b.js': shared,
      'assets/side-c.js': 'export{shared}from"./vendor-b.js";',
      'assets/Plan-d.js': 'import{shared}from"./vendor-b.js";export default shared+"y".repeat(5000);',
    });
    const load = firstLoadJs(dist);
    expect([...load.files].sort()).toEqual(['assets/index-a.js', 'assets/side-c.js', 'assets/vendor-b.js']);
    const expected = ['assets/index-a.js', 'assets/side-c.js', 'assets/vendor-b.js'].map((f) => fs.readFileSync(path.join(dist, f)));
    expect(load.rawBytes).toBe(expected.reduce((sum, b) => sum + b.length, 0));
    expect(load.gzipBytes).toBe(expected.reduce((sum, b) => sum + zlib.gzipSync(b, { level: 9 }).length, 0));
  });
});
