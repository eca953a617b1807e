import { useId } from 'react';
import { EVIDENCE_KINDS, setStatementEvidence, type Evidence, type MappedStatement } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { t } from '../../i18n';

/** Words of the fact-or-opinion choice, together for the message catalogues. */
export const EVIDENCE_CHOICE_WORDS = {
  get legend() {
    return t('statements.EvidenceChoice.legend');
  },
  get none() {
    return t('statements.EvidenceChoice.none');
  },
  kinds: {
    get 'seen-or-heard'() {
      return t('statements.EvidenceChoice.seenOrHeard');
    },
    get reported() {
      return t('statements.EvidenceChoice.reported');
    },
    get opinion() {
      return t('statements.EvidenceChoice.opinion');
    },
  } satisfies Record<Evidence, string>,
};

/** Marks a statement as seen or heard first-hand, reported by someone, or an opinion, as the practice keeps them apart. */
export function EvidenceChoice({ statement }: { readonly statement: MappedStatement }) {
  const { connection } = useBoardSession();
  const id = useId();
  const current = statement.evidence ?? '';
  return (
    <fieldset className="source__stance">
      <legend className="source__label">{EVIDENCE_CHOICE_WORDS.legend}</legend>
      {(['', ...EVIDENCE_KINDS] as const).map((value) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name={`${id}-evidence`}
            value={value}
            checked={current === value}
            onChange={() => setStatementEvidence(connection.doc, statement.id, value === '' ? null : value)}
          />
          {value === '' ? EVIDENCE_CHOICE_WORDS.none : EVIDENCE_CHOICE_WORDS.kinds[value]}
        </label>
      ))}
    </fieldset>
  );
}
