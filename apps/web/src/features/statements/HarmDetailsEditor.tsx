import { useId } from 'react';
import {
  HARM_FIELDS,
  MAX_HARM_DETAIL_LENGTH,
  editStatementField,
  statementFieldText,
  type HarmDetails,
  type MappedStatement,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import './statementDetails.css';
import './HarmDetailsEditor.css';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { t } from '../../i18n';

export const HARM_QUESTIONS: readonly { key: keyof HarmDetails; label: string; hint: string }[] = [
  {
    key: 'when',
    get label() {
      return t('statements.harm.when.label');
    },
    get hint() {
      return t('statements.harm.when.hint');
    },
  },
  {
    key: 'howOften',
    get label() {
      return t('statements.harm.howOften.label');
    },
    get hint() {
      return t('statements.harm.howOften.hint');
    },
  },
  {
    key: 'howSevere',
    get label() {
      return t('statements.harm.howSevere.label');
    },
    get hint() {
      return t('statements.harm.howSevere.hint');
    },
  },
  {
    key: 'impactOnChild',
    get label() {
      return t('statements.harm.impactOnChild.label');
    },
    get hint() {
      return t('statements.harm.impactOnChild.hint');
    },
  },
];

const NO_DETAILS: HarmDetails = { when: '', howOften: '', howSevere: '', impactOnChild: '' };

/** The optional details of a harm statement, in a disclosure under it. Each answer is shared as it is typed. */
export function HarmDetailsEditor({ statement }: { readonly statement: MappedStatement }) {
  const details = statement.harm ?? NO_DETAILS;
  const answered = HARM_QUESTIONS.filter((q) => details[q.key].length > 0).length;
  return (
    <details className="harm">
      <summary className="harm__summary">
        {t('statements.HarmDetailsEditor.harmDetails')}{' '}
        <span className="harm__count">{t('statements.HarmDetailsEditor.of4Answered', { answered })}</span>
      </summary>
      <div className="harm__fields">
        {HARM_QUESTIONS.map((q) => (
          <HarmField key={q.key} statementId={statement.id} field={q.key} label={q.label} hint={q.hint} />
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
}

function HarmField({ statementId, field, label, hint }: HarmFieldProps) {
  const { connection } = useBoardSession();
  const doc = connection.doc;
  const textField = HARM_FIELDS[field];
  // Shared letter by letter, like the statement itself: nothing waits for the person to leave the box.
  const ref = useSharedTextBinding<HTMLInputElement>(`${statementId}:${textField}`, {
    text: () => statementFieldText(doc, statementId, textField),
    write: (value) => editStatementField(doc, statementId, textField, value),
  });
  const id = useId();

  return (
    <div className="harm__field">
      <label className="harm__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className="input input--small"
        type="text"
        autoComplete="off"
        placeholder={hint}
        maxLength={MAX_HARM_DETAIL_LENGTH}
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
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
