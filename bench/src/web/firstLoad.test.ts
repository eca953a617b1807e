/** The first-load size counts what a first visit downloads, and nothing loaded when a part opens. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoadJs, loadWithChunk } from './firstLoad';

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

describe('loadWithChunk', () => {
  it('adds a chunk loaded on demand and its static imports to the first load, each file once', () => {
    const dist = built({
      'index.html': '<script type="module" crossorigin src="/assets/index-a.js"></script>',
      'assets/index-a.js': 'import{s}from"./shared-b.js";const B=()=>import("./BoardSessionView-c.js");console.log(s,B);',
      'assets/shared-b.js': 'export const s=1;',
      'assets/BoardSessionView-c.js': 'import{s}from"./shared-b.js";import{t}from"./text-d.js";export const V=s+t;',
      'assets/text-d.js': 'export const t=2;',
      'assets/Plan-e.js': 'export const p=3;',
    });
    expect([...loadWithChunk(dist, 'BoardSessionView').files].sort()).toEqual([
      'assets/BoardSessionView-c.js',
      'assets/index-a.js',
      'assets/shared-b.js',
      'assets/text-d.js',
    ]);
  });
});
