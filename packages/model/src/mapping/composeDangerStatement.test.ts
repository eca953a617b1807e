import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from '../language/checkPlainLanguage';
import { composeDangerStatement, type DangerStatementParts } from './composeDangerStatement';

const CASES: [DangerStatementParts, string][] = [
  [
    {
      whoIsWorried: 'Social workers',
      behaviour: 'when Dad drinks he shouts and hits out',
      possibleImpact: 'Amy could be hurt or frightened',
      framework: 'signs-of-safety',
    },
    'Social workers are worried that when Dad drinks he shouts and hits out, and Amy could be hurt or frightened if nothing changes.',
  ],
  [
    {
      whoIsWorried: 'social workers',
      behaviour: 'When Dad drinks he shouts and hits out.',
      possibleImpact: 'be hurt or frightened',
      childName: 'Amy',
    },
    'Social workers are worried that when Dad drinks he shouts and hits out, and Amy could be hurt or frightened if nothing changes.',
  ],
  [
    {
      whoIsWorried: 'The school',
      behaviour: 'Mum often forgets to collect Ben',
      possibleImpact: 'might be left alone and unsafe',
      childName: 'Ben',
    },
    'The school is worried that Mum often forgets to collect Ben, and Ben might be left alone and unsafe if nothing changes.',
  ],
  [
    {
      whoIsWorried: "Amy's teacher",
      behaviour: 'that Amy comes to school hungry',
      possibleImpact: 'miss out on learning',
      childName: 'Amy',
    },
    "Amy's teacher is worried that Amy comes to school hungry, and Amy could miss out on learning if nothing changes.",
  ],
  [
    {
      whoIsWorried: 'Gran and the health visitor',
      behaviour: 'the baby is left with people who are drunk',
      possibleImpact: 'be badly hurt',
      childName: 'Lily',
    },
    'Gran and the health visitor are worried that the baby is left with people who are drunk. If nothing changes, Lily could be badly hurt.',
  ],
  [
    {
      whoIsWorried: 'We',
      behaviour: 'Dad and Mum argue loudly at night',
      possibleImpact: 'feel scared and not sleep',
      framework: 'signs-of-wellbeing',
    },
    'We are worried that Dad and Mum argue loudly at night, and the children could feel scared and not sleep if nothing changes.',
  ],
  [
    { whoIsWorried: 'I', behaviour: 'Jay goes missing overnight', possibleImpact: 'be hurt or exploited', framework: 'signs-of-stability' },
    'I am worried that Jay goes missing overnight, and the young person could be hurt or exploited if nothing changes.',
  ],
  [
    {
      whoIsWorried: 'The police',
      behaviour: 'Dad hit Mum while Amy was there',
      possibleImpact: 'Amy will grow up thinking violence is normal if nothing changes',
    },
    'The police are worried that Dad hit Mum while Amy was there, and Amy will grow up thinking violence is normal if nothing changes.',
  ],
  [
    { whoIsWorried: 'Children’s services', behaviour: 'Mum leaves Ben with strangers', possibleImpact: 'be harmed', childName: 'Ben' },
    'Children’s services are worried that Mum leaves Ben with strangers, and Ben could be harmed if nothing changes.',
  ],
  [
    {
      whoIsWorried: 'The family support team',
      behaviour: 'Mum is very low',
      possibleImpact: 'not get the care she needs',
      childName: 'Amy',
      plural: true,
    },
    'The family support team are worried that Mum is very low, and Amy could not get the care she needs if nothing changes.',
  ],
  [{ whoIsWorried: '', behaviour: '', possibleImpact: '' }, '… are worried that …, and … if nothing changes.'],
  [
    { whoIsWorried: '  Social   workers ', behaviour: 'Dad shouts', possibleImpact: '', childName: 'Amy' },
    'Social workers are worried that Dad shouts, and … if nothing changes.',
  ],
];

describe('composeDangerStatement', () => {
  it.each(CASES)('%#: %j', (parts, sentence) => {
    expect(composeDangerStatement(parts)).toBe(sentence);
  });
});

describe('composeDangerStatement writes sentences its own plain-words check accepts', () => {
  const LONG: DangerStatementParts = {
    whoIsWorried: 'Social workers',
    behaviour: 'when Dad has been drinking in the evening he shouts at Mum and throws things around the kitchen',
    possibleImpact: 'be hit by something thrown, and feel too scared to sleep or to tell anyone at school',
    childName: 'Amy',
  };

  it('splits a long draft into two short sentences', () => {
    const text = composeDangerStatement(LONG);
    expect(text).toBe(
      'Social workers are worried that when Dad has been drinking in the evening he shouts at Mum and throws things around the kitchen. If nothing changes, Amy could be hit by something thrown, and feel too scared to sleep or to tell anyone at school.',
    );
    expect(checkPlainLanguage(text).filter((h) => h.kind === 'long-sentence')).toEqual([]);
  });

  it('splits into three when two are still too long', () => {
    const text = composeDangerStatement({ ...LONG, whoIsWorried: 'Social workers, the school and the health visitor' });
    expect(text.startsWith('Social workers, the school and the health visitor are worried. When Dad has been drinking')).toBe(true);
    expect(checkPlainLanguage(text).filter((h) => h.kind === 'long-sentence')).toEqual([]);
  });

  it('passes for every example above too', () => {
    for (const [parts] of CASES)
      expect(checkPlainLanguage(composeDangerStatement(parts)).filter((h) => h.kind === 'long-sentence')).toEqual([]);
  });
});
