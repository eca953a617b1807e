import { describe, expect, it } from 'vitest';
import { readMapping } from '../mapping/readMapping';
import { readPlan } from '../plan/readPlan';
import { outputsBoard } from '../test/outputsBoard';
import { childVersion, childVersionToMarkdown, editChildVersion } from './childVersion';

describe('childVersion', () => {
  it('is built from the storyboard and the words written for the child: name, age, who was worried, what happened, what everyone does, who to talk to', () => {
    const { doc } = outputsBoard();
    editChildVersion(doc, 'age', '7');
    editChildVersion(doc, 'happened', 'Daddy shouted and threw a cup. You were scared.');
    editChildVersion(doc, 'doing', 'Gran comes every evening.\n\nMummy walks you to school.');
    editChildVersion(doc, 'talkTo', 'Gran, your teacher Miss Patel, or Sam.');
    const version = childVersion(doc);
    expect(version.childName).toBe('Mia');
    expect(version.age).toBe('7');
    expect(version.sections.map((s) => [s.title, s.words])).toEqual([
      ['Who was worried, and why', ['Sam from the council was worried when Daddy got very cross.']],
      ['What happened', ['Daddy shouted and threw a cup. You were scared.']],
      ['What everyone is doing now to keep you safe', ['Gran comes every evening.', 'Mummy walks you to school.']],
      ['Who you can talk to', ['Gran, your teacher Miss Patel, or Sam.']],
    ]);
  });

  it('holds no word of the adult board: no danger statement, harm, goal or rule unless someone writes it in', () => {
    const { doc } = outputsBoard();
    editChildVersion(doc, 'doing', 'Gran comes every evening.');
    const md = childVersionToMarkdown(childVersion(doc));
    const adult = [...readMapping(doc).columns.flatMap((c) => c.statements.map((s) => s.text)), ...readPlan(doc).rules.map((r) => r.text)];
    expect(adult.length).toBeGreaterThan(5);
    for (const words of adult) expect(md).not.toContain(words);
    expect(md).toContain('# Mia');
    expect(md).toContain('Gran comes every evening.');

    const danger = readMapping(doc).columns[0]!.domains.find((d) => d.id === 'danger-statements')!.statements[0]!.text;
    editChildVersion(doc, 'worried', danger);
    expect(childVersionToMarkdown(childVersion(doc))).toContain(danger.replace(/[\\`*_[\]<>|~#]/g, '\\$&'));
  });
});
