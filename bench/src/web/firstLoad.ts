/**
 * The JavaScript a first visit downloads before the app can run: the entry script of the built
 * index.html, the chunks it preloads, and every chunk those import statically (never the ones
 * loaded with import(), which wait until a part is opened). Sizes are gzip level 9, as a server
 * or proxy compressing the files would send them.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface FirstLoad {
  /** The files, relative to the built folder, in the order found. */
  readonly files: readonly string[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

const HTML_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="\/?([^"]+\.js)"/g;
const HTML_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\/?([^"]+\.js)"/g;
/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; not `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export function firstLoadJs(distDir: string): FirstLoad {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  return staticClosure(
    distDir,
    [...html.matchAll(HTML_SCRIPT), ...html.matchAll(HTML_PRELOAD)].map((m) => m[1]!),
  );
}

/**
 * The first load and what a board link loads next, before the board is usable: the chunk whose
 * name starts with `chunkPrefix` (the live board's, loaded with import() after the first paint)
 * and its static imports.
 */
export function loadWithChunk(distDir: string, chunkPrefix: string): FirstLoad {
  const first = firstLoadJs(distDir);
  const chunk = fs
    .readdirSync(path.join(distDir, 'assets'))
    .filter((f) => f.startsWith(`${chunkPrefix}-`) && f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return staticClosure(distDir, [...first.files, ...chunk]);
}

/** The size of these files of the built folder, as they are (no imports followed). */
export function filesLoad(distDir: string, files: readonly string[]): FirstLoad {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const code = fs.readFileSync(path.join(distDir, file));
    rawBytes += code.length;
    gzipBytes += zlib.gzipSync(code, { level: 9 }).length;
  }
  return { files: [...files], rawBytes, gzipBytes };
}

function staticClosure(distDir: string, start: readonly string[]): FirstLoad {
  const queue = [...start];
  const seen = new Set<string>();
  let rawBytes = 0;
  let gzipBytes = 0;
  while (queue.length > 0) {
    const file = path.posix.normalize(queue.shift()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(distDir, file));
    rawBytes += code.length;
    gzipBytes += zlib.gzipSync(code, { level: 9 }).length;
    for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(path.posix.join(path.posix.dirname(file), m[1]!));
  }
  return { files: [...seen], rawBytes, gzipBytes };
}
