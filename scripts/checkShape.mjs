#!/usr/bin/env node
/**
 * Checks the shape of the tree that neither the linter nor the compiler sees (run by `npm test`):
 *   - no source file over 400 lines, no stylesheet over 300 (STYLE.md: one concept per file);
 *   - in the web app, a feature folder (`apps/web/src/features/<name>/`) is entered only through its
 *     `index.ts`: no file outside it imports one of its other files;
 *   - no raw hex colour in a stylesheet but the design tokens (`apps/web/src/styles/tokens.css`);
 *   - a feature uses the shell (`apps/web/src/board/`) only through its contracts, the `.ts` modules
 *     (contexts and types), never its components.
 * Prints each problem as `path: what is wrong` and exits 1 when there is one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_SOURCE_LINES = 400;
export const MAX_STYLE_LINES = 300;
const WEB_SRC = 'apps/web/src';
const TOKENS = `${WEB_SRC}/styles/tokens.css`;
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const STYLE = /\.css$/;

/** Problems with one file's length, or null. */
export function lengthProblem(file, text) {
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (SOURCE.test(file) && lines > MAX_SOURCE_LINES)
    return `${file}: ${lines} lines, more than ${MAX_SOURCE_LINES} for a source file; split it`;
  if (STYLE.test(file) && lines > MAX_STYLE_LINES)
    return `${file}: ${lines} lines, more than ${MAX_STYLE_LINES} for a stylesheet; split it by component`;
  return null;
}

/** A problem with a stylesheet that writes a colour as hex instead of naming a token, or null. */
export function colourProblem(file, text) {
  if (!STYLE.test(file) || file === TOKENS) return null;
  const hex = /#[0-9a-fA-F]{3,8}\b/.exec(text.replace(/\/\*[\s\S]*?\*\//g, ''));
  return hex ? `${file}: the colour ${hex[0]} is written as hex; name it in ${TOKENS} and use var(--name)` : null;
}

/** The feature a web source path (relative to the repository) belongs to, or null. */
function featureOf(file) {
  const match = /^apps\/web\/src\/features\/([^/]+)\//.exec(file);
  return match ? match[1] : null;
}

/** Every relative module a source text imports or re-exports. */
export function relativeImports(text) {
  const found = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;
  for (const match of text.matchAll(pattern)) found.push(match[2]);
  return found;
}

/**
 * Problems with what one web source file imports. `file` is relative to the repository; `exists`
 * tells whether a repository path is a file.
 */
export function importProblems(file, text, exists) {
  if (!file.startsWith(`${WEB_SRC}/`) || !SOURCE.test(file)) return [];
  const problems = [];
  const from = featureOf(file);
  for (const specifier of relativeImports(text)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    const targetFeature = featureOf(`${target}/`);
    const featureRoot = targetFeature && `${WEB_SRC}/features/${targetFeature}`;
    if (targetFeature && targetFeature !== from && target !== featureRoot && target !== `${featureRoot}/index`) {
      problems.push(`${file}: imports '${specifier}', inside the ${targetFeature} feature; import '${featureRoot}' (its index.ts) instead`);
    }
    if (from && target.startsWith(`${WEB_SRC}/board/`) && (exists(`${target}.tsx`) || target.endsWith('.tsx'))) {
      problems.push(
        `${file}: imports '${specifier}', a component of the board's shell; a feature uses only the shell's contracts (its .ts modules)`,
      );
    }
  }
  return problems;
}

function trackedFiles(root) {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((file) => file && (SOURCE.test(file) || STYLE.test(file)))
    .filter((file) => !file.startsWith('bench/results/') && fs.existsSync(path.join(root, file)));
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const exists = (file) => fs.existsSync(path.join(root, file));
  const problems = [];
  for (const file of trackedFiles(root)) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const length = lengthProblem(file, text);
    if (length) problems.push(length);
    const colour = colourProblem(file, text);
    if (colour) problems.push(colour);
    problems.push(...importProblems(file, text, exists));
  }
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`\n✗ ${problems.length} problem(s) with the shape of the tree.`);
    process.exit(1);
  }
  console.log('✓ File sizes and feature boundaries are as ARCHITECTURE.md says.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
