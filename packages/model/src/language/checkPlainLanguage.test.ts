import { describe, expect, it } from 'vitest';
import { applyHint, checkPlainLanguage, type HintKind, type PlainLanguageOptions } from './checkPlainLanguage';
import { DICTIONARY } from './dictionary';
import { parseDictionaryExtension } from './dictionaryExtension';

type Expected = [kind: HintKind, matched: string, replacement?: string];

/** [text, the hints expected (kind, the text they point at, the replacement), options]. */
const CASES: [string, Expected[], PlainLanguageOptions?][] = [
  // The acronyms named in the practice guide.
  ['Amy is on a CP plan.', [['acronym', 'CP', 'child protection']]],
  ['The ICPC is on Monday.', [['acronym', 'ICPC', 'first child protection meeting']]],
  ['The RCPC is in May.', [['acronym', 'RCPC', 'child protection review meeting']]],
  ['Ben is CIN.', [['acronym', 'CIN', 'child in need']]],
  ['Amy is CLA.', [['acronym', 'CLA', 'child in care']]],
  ['Amy is LAC.', [['acronym', 'LAC', 'child in care']]],
  ['This is an S17 case.', [['acronym', 'S17', 'help for a child in need']]],
  ['An S47 began.', [['acronym', 'S47', 'enquiry into whether a child is safe']]],
  ['MASH passed it on.', [['acronym', 'MASH', 'The team that first looks at worries about a child']]],
  ['Mum rang CASS.', [['acronym', 'CASS', 'the children’s advice and support line']]],
  ['CAMHS will see Amy.', [['acronym', 'CAMHS', 'Children’s mental health service']]],
  [
    'There was DA/DV at home.',
    [
      ['acronym', 'DA', 'domestic abuse'],
      ['acronym', 'DV', 'domestic abuse'],
    ],
  ],
  ['Police fear CSE.', [['acronym', 'CSE', 'a child being pressured or tricked into sexual activity']]],
  ['The EHA is done.', [['acronym', 'EHA']]],
  ['Ben has an EHCP.', [['acronym', 'EHCP']]],
  ['The TAF meets today.', [['acronym', 'TAF']]],
  ['The IRO chairs it.', [['acronym', 'IRO']]],
  ['The FNM went well.', [['acronym', 'FNM', 'family network meeting']]],
  [
    'The SW and the HV came.',
    [
      ['acronym', 'SW', 'social worker'],
      ['acronym', 'HV', 'health visitor'],
    ],
  ],
  ['The DSL rang us.', [['acronym', 'DSL', 'the teacher in charge of keeping children safe at school']]],
  ['Ben gets SEND support.', [['acronym', 'SEND', 'extra help with learning or a disability']]],
  ['We are in PLO.', [['acronym', 'PLO', 'the formal stage before the council might go to court']]],
  ['Gran may apply for an SGO.', [['acronym', 'SGO']]],
  // Short forms beyond the guide; unknown ones; capitals throughout.
  [
    'The LADO was told. The GP agreed.',
    [
      ['acronym', 'LADO'],
      ['acronym', 'GP', 'family doctor'],
    ],
  ],
  ['The XYZ team will help.', [['acronym', 'XYZ']]],
  ['The NHS and the UK are fine, OK?', []],
  ['PLEASE CALL ME BACK', []],
  ['I will send the letter.', []],
  // Jargon, case-insensitive, longest first, with ordinary uses left alone.
  ['Safeguarding matters.', [['jargon', 'Safeguarding', 'Keeping children safe']]],
  ['Amy has contact with Dad.', [['jargon', 'contact', 'family time']]],
  ['Supervised contact is on Friday.', [['jargon', 'Supervised contact', 'Family time with a worker there']]],
  ['Gran will contact the school.', []],
  ['Here are my contact details.', []],
  ['Her placement is going well.', [['jargon', 'placement', 'the child’s home']]],
  ['They need respite.', [['jargon', 'respite', 'short breaks']]],
  ['It meets the threshold.', [['jargon', 'threshold', 'the point where we have to step in']]],
  ['A strategy meeting was held.', [['jargon', 'strategy meeting']]],
  ['The core group meets monthly.', [['jargon', 'core group']]],
  ['This is disguised compliance.', [['jargon', 'disguised compliance', 'agreeing to the plan but not doing it']]],
  ['There was neglect.', [['jargon', 'neglect']]],
  ['Amy has a strong attachment to Gran.', [['jargon', 'attachment']]],
  ['The multi agency team met.', [['jargon', 'multi agency', 'the different services involved']]],
  ['Amy’s PEP is due.', [['acronym', 'PEP']]],
  // Hidden worriers.
  ['Concerns were raised about Amy.', [['passive-concern', 'Concerns were raised']]],
  ['Concerns were raised by the school about Amy.', []],
  ['It was reported that Dad shouts.', [['passive-concern', 'It was reported']]],
  ['It is felt Mum drinks.', [['passive-concern', 'It is felt']]],
  ['There are ongoing concerns about Dad.', [['passive-concern', 'There are ongoing concerns']]],
  ['Dad was seen to push Mum.', [['passive-concern', 'was seen to']]],
  // Goals written as services, or as what will stop.
  ['Mum will attend a parenting course.', [['service-goal', 'will attend a parenting course']]],
  ['Dad will engage with services.', [['service-goal', 'will engage with services']]],
  ['Mum will complete a programme', [['service-goal', 'will complete a programme']]],
  ['Dad will continue to attend all appointments.', [['service-goal', 'will continue to attend all appointments']]],
  ['Dad will not drink when he looks after Amy.', [['stop-goal', 'will not drink when he looks after Amy']]],
  ['Mum will attend a parenting course by March.', [], { domain: 'next-steps' }],
  ['Gran will walk Amy to school every morning and wait until she is inside.', []],
  // Long sentences.
  [
    'Mum and Dad and Gran and Grandad and Amy and Ben went to the park on Sunday and they all had a lovely time together in the sun and the rain. Then home.',
    [
      [
        'long-sentence',
        'Mum and Dad and Gran and Grandad and Amy and Ben went to the park on Sunday and they all had a lovely time together in the sun and the rain.',
      ],
    ],
  ],
  ['One two three four five six.', [['long-sentence', 'One two three four five six.']], { maxSentenceWords: 5 }],
];

describe('checkPlainLanguage', () => {
  it.each(CASES)('%s', (text, expected, options) => {
    const hints = checkPlainLanguage(text, options);
    expect(hints.map((h) => [h.kind, text.slice(h.start, h.end)])).toEqual(expected.map(([kind, matched]) => [kind, matched]));
    expected.forEach(([, , replacement], i) => {
      if (replacement !== undefined) expect(hints[i]!.replacement).toBe(replacement);
      expect(hints[i]!.message.length).toBeGreaterThan(10);
    });
  });

  it('has a table of at least 40 cases and a dictionary of at least 80 terms', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(DICTIONARY.length).toBeGreaterThanOrEqual(80);
  });

  it('knows every acronym the practice guide names, each with plain words', () => {
    const known = new Set(DICTIONARY.flatMap((t) => [t.term, ...(t.also ?? [])]));
    const guide = 'CP ICPC RCPC CIN CLA LAC S17 S47 MASH CASS CAMHS DA DV CSE EHA EHCP TAF IRO FNM SW HV DSL SEND PLO SGO'.split(' ');
    for (const acronym of guide) expect(known, acronym).toContain(acronym);
    for (const term of DICTIONARY) expect(term.plain.trim().length, term.term).toBeGreaterThan(0);
  });

  it('applies a hint, keeping the rest of the text', () => {
    const text = 'The SW will visit. CAMHS will ring.';
    const [sw, camhs] = checkPlainLanguage(text);
    expect(applyHint(text, sw!)).toBe('The social worker will visit. CAMHS will ring.');
    expect(applyHint(text, camhs!)).toBe('The SW will visit. Children’s mental health service will ring.');
  });

  it('leaves the text alone for a hint with no replacement, or one that no longer fits', () => {
    const text = 'Concerns were raised.';
    const [hint] = checkPlainLanguage(text);
    expect(applyHint(text, hint!)).toBe(text);
    expect(applyHint('short', { kind: 'jargon', start: 2, end: 50, message: 'x', replacement: 'y' })).toBe('short');
  });

  it('takes a deployment’s own terms, which win over built-in ones', () => {
    const extraTerms = parseDictionaryExtension(
      JSON.stringify({
        terms: [
          { term: 'EDT', plain: 'the out-of-hours social work team' },
          { term: 'SW', plain: 'Sam, your social worker' },
        ],
      }),
    );
    const text = 'Ring EDT or the SW.';
    const hints = checkPlainLanguage(text, { extraTerms });
    expect(hints.map((h) => h.replacement)).toEqual(['the out-of-hours social work team', 'Sam, your social worker']);
  });
});
