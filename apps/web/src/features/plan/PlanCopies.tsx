import { useId } from 'react';
import type { NetworkMemberView } from '@kinboard/model';
import { t } from '../../i18n';
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
        {t('plan.PlanCopies.copiesForEveryone')}
      </h3>
      <div className="plan-field">
        <label className="plan-label" htmlFor={id}>
          {t('plan.PlanCopies.whoseCopy')}
        </label>
        <p className="plan-hint" id={`${id}-hint`}>
          {t('plan.PlanCopies.aPersonSOwnCopy')}
        </p>
        <select
          id={id}
          className="input plan-input"
          value={copyFor}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onCopyFor(e.currentTarget.value)}
        >
          <option value="">{t('plan.PlanCopies.theWholePlan')}</option>
          {network.map((m) => (
            <option key={m.id} value={m.id}>
              {t('plan.PlanCopies.sCopy', { name: m.name })}
            </option>
          ))}
        </select>
      </div>
      <div className="plan-copies__actions">
        <button type="button" className="button button--primary" onClick={onPrint}>
          {t('plan.PlanCopies.printOrSaveAsPdf')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDownload}>
          {t('plan.PlanCopies.downloadAsTextMarkdown')}
        </button>
      </div>
      <p className="plan-hint">{t('plan.PlanCopies.eachCopyShowsTheBoard')}</p>
    </section>
  );
}
