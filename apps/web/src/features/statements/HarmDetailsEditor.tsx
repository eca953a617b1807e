import { useId } from 'react';
import { useDraft } from '../../hooks/useDraft';
import { MAX_HARM_DETAIL_LENGTH, setHarmDetails, type HarmDetails, type MappedStatement } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import './statementDetails.css';
import './HarmDetailsEditor.css';

export const HARM_QUESTIONS: readonly { key: keyof HarmDetails; label: string; hint: string }[] = [
  { key: 'when', label: 'When did it happen?', hint: '“Last March”, “on 3 June, at bedtime”' },
  { key: 'howOften', label: 'How often?', hint: '“Once”, “most weekends”' },
  { key: 'howSevere', label: 'How bad was it?', hint: '“A bruise on her arm that a doctor saw”' },
  { key: 'impactOnChild', label: 'What did it do to the child?', hint: '“Amy was scared to go home and stopped sleeping”' },
];

const NO_DETAILS: HarmDetails = { when: '', howOften: '', howSevere: '', impactOnChild: '' };

/** The optional details of a harm statement, in a disclosure under it. Each answer saves when the person leaves the box. */
export function HarmDetailsEditor({ statement }: { readonly statement: MappedStatement }) {
  const details = statement.harm ?? NO_DETAILS;
  const answered = HARM_QUESTIONS.filter((q) => details[q.key].length > 0).length;
  return (
    <details className="harm">
      <summary className="harm__summary">
        Harm details <span className="harm__count">({answered} of 4 answered)</span>
      </summary>
      <div className="harm__fields">
        {HARM_QUESTIONS.map((q) => (
          <HarmField key={q.key} statementId={statement.id} field={q.key} label={q.label} hint={q.hint} value={details[q.key]} />
        ))}
      </div>
    </details>
  );
}

interface HarmFieldProps {
  readonly statementId: string;
  readonly field: keyof HarmDetails;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
}

function HarmField({ statementId, field, label, hint, value }: HarmFieldProps) {
  const { connection } = useBoardSession();
  // Someone else's answer shows as it arrives, unless this person is in the middle of typing one.
  const { draft, setDraft, setEditing } = useDraft(value);
  const id = useId();

  function save() {
    setEditing(false);
    if (draft.trim() !== value) setHarmDetails(connection.doc, statementId, { [field]: draft.trim() });
  }

  return (
    <div className="harm__field">
      <label className="harm__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input input--small"
        type="text"
        autoComplete="off"
        placeholder={hint}
        maxLength={MAX_HARM_DETAIL_LENGTH}
        value={draft}
        onFocus={() => setEditing(true)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
    </div>
  );
}

/** Harm details as words to read. */
export function HarmDetailsReadOnly({ details }: { readonly details: HarmDetails }) {
  const rows = HARM_QUESTIONS.filter((q) => details[q.key].length > 0);
  return (
    <dl className="harm harm--readonly">
      {rows.map((q) => (
        <div key={q.key} className="harm__row">
          <dt>{q.label}</dt>
          <dd>{details[q.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
