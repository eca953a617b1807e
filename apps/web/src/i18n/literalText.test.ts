import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralText } from './literalText';

const SRC = path.join(import.meta.dirname, '..');

function components(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === import.meta.dirname ? [] : components(full);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [full] : [];
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

  it('no component renders a literal sentence: every word comes from a catalogue', () => {
    const found = components(SRC).flatMap((file) =>
      findLiteralText(file, fs.readFileSync(file, 'utf8')).map((f) => `${path.relative(SRC, file)}:${f.line} ${f.text}`),
    );
    expect(found).toEqual([]);
  });
});
