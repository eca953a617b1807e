import { describe, expect, it } from 'vitest';
import { detailsOf, fitDetails, sameDetails } from './personDetails';

const kept = { memberId: 'm1', agency: 'Health visiting', contact: '07700 900123', language: 'pl', interpretsFor: '', scalesToo: false };

describe('person details kept on the device', () => {
  it('come back field for field, and only with a person named', () => {
    expect(fitDetails(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(fitDetails({ ...kept, memberId: '' })).toBeNull();
    expect(fitDetails({ ...kept, scalesToo: 'yes' })).toBeNull();
    expect(fitDetails({ ...kept, agency: 3 })).toBeNull();
    expect(fitDetails('m1')).toBeNull();
  });

  it('count as saved when only spaces differ, and not when a word or the tick does', () => {
    expect(sameDetails({ ...kept, agency: ' Health visiting ' }, kept)).toBe(true);
    expect(sameDetails({ ...kept, agency: 'School' }, kept)).toBe(false);
    expect(sameDetails({ ...kept, scalesToo: true }, kept)).toBe(false);
    expect(sameDetails({ ...kept, memberId: 'm2' }, kept)).toBe(false);
  });

  it('start from what the record holds, with empty boxes for what it lacks', () => {
    const member = { id: 'm1', agency: '', contact: '', language: null, interpretsFor: null, scalesToo: false };
    expect(detailsOf(member as never)).toEqual({
      memberId: 'm1',
      agency: '',
      contact: '',
      language: '',
      interpretsFor: '',
      scalesToo: false,
    });
  });
});
