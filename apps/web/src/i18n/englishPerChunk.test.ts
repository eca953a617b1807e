import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idsNamedIn } from './englishPerChunk';

const CATALOGUE = {
  'board.NamePrompt.yourName': 'Your name',
  'board.NamePrompt.join': 'Join meeting',
  'connection.close.removed': 'Removed',
  'connection.close.full': 'Full',
  'people.role.chair': 'Chair',
  'people.role.viewer': 'Viewer',
  'terms.column.worries.title': 'What are we worried about?',
  'terms.domain.harm.title': 'Harm',
  'hints.plain.cin': 'a plan for a child in need',
  'plan.PlanPart.title': 'Plan',
};

describe('the English a built chunk brings', () => {
  it('is every message its code names whole, in any quotes', () => {
    const code = `t("board.NamePrompt.yourName"); x = 'board.NamePrompt.join'; y = \`plan.PlanPart.title\`;`;
    expect([...idsNamedIn(code, CATALOGUE)].sort()).toEqual(['board.NamePrompt.join', 'board.NamePrompt.yourName', 'plan.PlanPart.title']);
  });

  it('is every message under a head the code builds ids from', () => {
    const template = 't(`connection.close.${name}`)';
    const concatenated = "t('people.role.' + role)";
    const twoLevels = 'const w = `terms.column.${key}`; tr(`${prefix}.${part}`)';
    expect([...idsNamedIn(template, CATALOGUE)].sort()).toEqual(['connection.close.full', 'connection.close.removed']);
    expect([...idsNamedIn(concatenated, CATALOGUE)].sort()).toEqual(['people.role.chair', 'people.role.viewer']);
    expect([...idsNamedIn(twoLevels, CATALOGUE)]).toEqual(['terms.column.worries.title']);
  });

  it('leaves out what the code does not name, and the hints (their English is the model’s)', () => {
    const code = "t('board.NamePrompt.yourName'); translated(`hints.plain.${key}`); s = 'board.NamePrompt'; u = 'terms.column';";
    expect([...idsNamedIn(code, CATALOGUE)]).toEqual(['board.NamePrompt.yourName']);
  });
});

/**
 * The split finds an id only when the code writes it whole or builds it from a literal head
 * ('people.role.' + role). An id built any other way would reach a page whose chunks did not bring
 * its English. This reads the source for ids made from pieces and names each one that has no
 * literal head, so a new one is looked at here.
 */
describe('how the source builds message ids', () => {
  const root = path.join(import.meta.dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  walk(root);

  it('always from a literal head, but for the two term helpers that pass heads along', () => {
    const headless: string[] = [];
    // A template or variable cast to a message id, or a template handed to a lookup.
    const BUILT = /(`[^`]*\$\{[^`]*`|\b\w+)\s+as\s+MessageId|\b(?:t|tr|translated)\((`[^`]*\$\{[^`]*`)/g;
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(BUILT)) {
        const built = match[1] ?? match[2]!;
        if (/^`[A-Za-z][\w-]*\./.test(built)) continue;
        const line = source.slice(0, match.index).split('\n').length;
        headless.push(`${path.relative(root, file)}:${line} ${built}`);
      }
    }
    // terms.ts: `heading` gets its prefix from `terms.column.${key}` / `terms.domain.${key}` and
    // `termMessage` builds the same two; both heads are literals in that file.
    expect(headless.map((where) => where.replace(/:\d+ /, ' '))).toEqual(['i18n/terms.ts `${prefix}.${part}`', 'i18n/terms.ts id']);
  });
});
