import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralText } from './literalText';

const SRC = path.join(import.meta.dirname, '..');

function components(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === import.meta.dirname ? [] : components(full);
    // .ts files too: words files (roomWords.ts, outputsWords.ts) hold module-level words constants.
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('words in components', () => {
  it('finds literal text where a person reads it', () => {
    const found = findLiteralText(
      'Sample.tsx',
      `export function Sample({ busy }: { busy: boolean }) {
        if (busy) confirm('Really?');
        return <p title="A title" aria-label={busy ? 'Saving' : t('ok')}>Hello {busy ? 'there' : ''} – 3</p>;
      }`,
    );
    expect(found.map((f) => f.text)).toEqual(['Really?', 'A title', 'Saving', 'Hello', 'there']);
  });

  it('finds English values in module-level words constants, not ids or catalogue reads', () => {
    const found = findLiteralText(
      'sampleWords.ts',
      `export const ROOM_WORDS = {
        leave: 'Leave shared screen',
        page: (at: number, of: number) => \`\${at} of \${of}\`,
        kinds: { opinion: 'Opinion' } satisfies Record<string, string>,
        get translated() { return t('room.words.leave'); },
        steps: ['camera', 'point'],
      } as const;
      const KEYS_HINT = 'Press Esc';
      const STEP_WORDS = { worries: 'meeting.step.worries' };
      const PAGE_ID = 'page:network-map';
      const MARKDOWN = 'text/markdown';`,
    );
    expect(found.map((f) => f.text)).toEqual(['Leave shared screen', 'of', 'Opinion', 'Press Esc']);
  });

  // Parses every component with TypeScript: several seconds on a busy machine, past vitest's 5 s default.
  it('no component renders a literal sentence: every word comes from a catalogue', () => {
    const found = components(SRC).flatMap((file) =>
      findLiteralText(file, fs.readFileSync(file, 'utf8')).map((f) => `${path.relative(SRC, file)}:${f.line} ${f.text}`),
    );
    expect(found).toEqual([]);
  }, 60_000);
});
