import { personChangeText, scaleChangesByPerson, type OutputSource } from '@kinboard/model';
import { paperSay } from '../../i18n';
import { WORDS } from './outputsWords';

type Meeting = Pick<OutputSource, 'scales' | 'rounds'>;

/** Each person's number on each scale, from one meeting to the next: "Kerry 7 → 8, Tom 3 → 6". */
export function PersonChanges({
  before,
  after,
  scaleName,
}: {
  readonly before: Meeting;
  readonly after: Meeting;
  readonly scaleName: (scaleId: string) => string;
}) {
  const changes = scaleChangesByPerson(before, after);
  if (changes.length === 0) return null;
  return (
    <>
      <h4>{WORDS.personChanges}</h4>
      {changes.map((change) => (
        <section key={change.scaleId} aria-label={`${WORDS.personChanges}: ${scaleName(change.scaleId)}`}>
          <p>{scaleName(change.scaleId)}</p>
          <ul>
            {change.people.map((p) => (
              <li key={p.name}>{personChangeText(p, paperSay)}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
