import { describe, expect, it } from 'vitest';
import { listOfNames } from './listOfNames';

describe('listOfNames', () => {
  it.each([
    [[], 'and', ''],
    [['Asha'], 'and', 'Asha'],
    [['Asha', 'Ben'], 'and', 'Asha and Ben'],
    [['Asha', 'Ben', 'Carl'], 'and', 'Asha, Ben and Carl'],
    [['Asha', 'Ben', 'Carl'], 'or', 'Asha, Ben or Carl'],
    [["Tom and Jo's gran", 'Dev'], 'or', "Tom and Jo's gran or Dev"],
  ] as const)('%j with %s → %j', (names, conjunction, written) => {
    expect(listOfNames(names, conjunction)).toBe(written);
  });
});
