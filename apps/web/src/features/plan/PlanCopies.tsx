import { useId } from 'react';
import type { NetworkMemberView } from '@kinboard/model';
import './PlanCopies.css';

interface PlanCopiesProps {
  readonly network: readonly NetworkMemberView[];
  /** The person whose copy is being made, or '' for the whole plan. */
  readonly copyFor: string;
  readonly onCopyFor: (memberId: string) => void;
  readonly onPrint: () => void;
  readonly onDownload: () => void;
}

/** Copies for everyone in the network: printed, saved as PDF, or downloaded as text. */
export function PlanCopies({ network, copyFor, onCopyFor, onPrint, onDownload }: PlanCopiesProps) {
  const id = useId();
  return (
    <section className="plan-section plan-copies" aria-labelledby="plan-copies-heading">
      <h3 className="plan-section__title" id="plan-copies-heading">
        Copies for everyone
      </h3>
      <div className="plan-field">
        <label className="plan-label" htmlFor={id}>
          Whose copy?
        </label>
        <p className="plan-hint" id={`${id}-hint`}>
          A person’s own copy puts the rules they do first.
        </p>
        <select
          id={id}
          className="input plan-input"
          value={copyFor}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onCopyFor(e.currentTarget.value)}
        >
          <option value="">The whole plan</option>
          {network.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}’s copy
            </option>
          ))}
        </select>
      </div>
      <div className="plan-copies__actions">
        <button type="button" className="button button--primary" onClick={onPrint}>
          Print or save as PDF
        </button>
        <button type="button" className="button button--secondary" onClick={onDownload}>
          Download as text (Markdown)
        </button>
      </div>
      <p className="plan-hint">Each copy shows the board’s name and when it was printed. It never shows the board’s link.</p>
    </section>
  );
}
