import type * as Y from 'yjs';
import { MAX_CONTINGENCY_LENGTH, editContingency, planContingencyText } from '@kinboard/model';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { t } from '../../i18n';
import './ContingencyField.css';

/** What happens if the plan cannot be kept: one text the network writes together. */
export function ContingencyField({ doc }: { readonly doc: Y.Doc }) {
  const ref = useSharedTextBinding<HTMLTextAreaElement>('contingency', {
    text: () => planContingencyText(doc),
    write: (value) => editContingency(doc, value),
  });
  return (
    <div className="plan-field">
      <label className="plan-label" htmlFor="plan-contingency">
        {t('plan.ContingencyField.ifThePlanCannotBe')}
      </label>
      <p className="plan-hint" id="plan-contingency-hint">
        {t('plan.ContingencyField.forExampleWhoTheFamily')}
      </p>
      <textarea
        id="plan-contingency"
        ref={ref}
        className="input plan-textarea"
        rows={4}
        maxLength={MAX_CONTINGENCY_LENGTH}
        aria-describedby="plan-contingency-hint"
      />
    </div>
  );
}
