import { describe, expect, it } from 'vitest';
import { changesSummary, ruleChangeWords } from './planWords';

describe('changesSummary', () => {
  it('says nothing while nothing changed', () => {
    expect(changesSummary(null)).toBeNull();
    expect(changesSummary({ rulesAdded: [], rulesRemoved: [], rulesChanged: [], fieldsChanged: [], any: false })).toBeNull();
  });

  it('counts rules and names plan sections in plain words', () => {
    expect(
      changesSummary({
        rulesAdded: ['a'],
        rulesRemoved: [{ id: 'b', text: 'x' }],
        rulesChanged: [
          { id: 'c', fields: ['text'] },
          { id: 'd', fields: ['doers'] },
        ],
        fieldsChanged: ['contingency', 'bottomLines'],
        any: true,
      }),
    ).toBe('1 rule added, 2 rules changed, 1 rule removed and changes to what happens if the plan cannot be kept and bottom lines.');
  });
});

describe('ruleChangeWords', () => {
  it('names each kind of change once', () => {
    expect(ruleChangeWords(['when', 'times', 'doers'])).toBe('when and who does it');
  });
});
