import { useId } from 'react';
import type { NetworkMemberView } from '@kinboard/model';
import { t } from '../../i18n';
import './PeoplePicker.css';

interface PeoplePickerProps {
  readonly legend: string;
  readonly hint?: string;
  readonly network: readonly NetworkMemberView[];
  readonly chosen: readonly string[];
  readonly onChange: (memberIds: string[]) => void;
}

/** People are picked from the network, never typed, so every rule names someone who is really in it. */
export function PeoplePicker({ legend, hint, network, chosen, onChange }: PeoplePickerProps) {
  const hintId = useId();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // Network order, so the list reads the same however people were ticked.
    onChange(network.filter((m) => next.has(m.id)).map((m) => m.id));
  };
  return (
    <fieldset className="plan-pick" aria-describedby={hint ? hintId : undefined}>
      <legend className="plan-pick__legend">{legend}</legend>
      {hint && (
        <p className="plan-pick__hint" id={hintId}>
          {hint}
        </p>
      )}
      {network.length === 0 ? (
        <p className="plan-pick__empty">{t('plan.PeoplePicker.noOneIsInThe')}</p>
      ) : (
        <ul className="plan-pick__list">
          {network.map((member) => (
            <li key={member.id}>
              <label className="plan-check">
                <input type="checkbox" checked={chosen.includes(member.id)} onChange={(e) => toggle(member.id, e.currentTarget.checked)} />
                <span>
                  {member.name}
                  {member.relationship && <span className="plan-check__aside"> ({member.relationship})</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
