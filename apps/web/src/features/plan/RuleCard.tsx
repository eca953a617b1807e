import { memo, useEffect, useId, useState, type DragEvent } from 'react';
import type * as Y from 'yjs';
import {
  MAX_RULE_TEXT_LENGTH,
  editRuleText,
  isPlanTime,
  ruleText,
  setRuleDoers,
  setRuleWhatIf,
  setRuleWhen,
  type NetworkMemberView,
  type RuleContentField,
  type RuleTextField,
  type RuleView,
} from '@kinboard/model';
import { useUnsentWords } from '../../lib/unsentDrafts';
import { ArrowDownIcon, ArrowUpIcon, GripIcon, TrashIcon } from '../../icons';
import { PeoplePicker } from './PeoplePicker';
import { RuleAnswersPicker } from './RuleAnswersPicker';
import { quietly } from './quietly';
import type { DangerStatement } from './usePlanData';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { ruleChangeWords } from './planWords';
import './RuleCard.css';

export const RULE_DRAG_TYPE = 'application/x-kinboard-rule';

/** A change made after the plan was agreed, to show on the rule. */
export type RuleChange = { readonly kind: 'added' } | { readonly kind: 'changed'; readonly fields: readonly RuleContentField[] } | null;

interface RuleCardProps {
  readonly doc: Y.Doc;
  readonly rule: RuleView;
  readonly number: number;
  readonly count: number;
  readonly network: readonly NetworkMemberView[];
  readonly dangerStatements: readonly DangerStatement[];
  readonly dangerWord: string;
  readonly change: RuleChange;
  readonly focusText: boolean;
  readonly dropBefore: boolean;
  readonly onMove: (ruleId: string, toIndex: number, control: 'up' | 'down') => void;
  readonly onDelete: (rule: RuleView) => void;
  readonly onDragStart: (ruleId: string) => void;
  readonly onDragEnd: () => void;
  readonly onDragOverRule: (event: DragEvent<HTMLLIElement>, index: number) => void;
  readonly moveFocus: 'up' | 'down' | null;
}

function SharedTextField({
  doc,
  ruleId,
  field,
  label,
  hint,
  rows = 2,
  autoFocus = false,
}: {
  readonly doc: Y.Doc;
  readonly ruleId: string;
  readonly field: RuleTextField;
  readonly label: string;
  readonly hint?: string;
  readonly rows?: number;
  readonly autoFocus?: boolean;
}) {
  const id = useId();
  const ref = useSharedTextBinding<HTMLTextAreaElement>(`${ruleId}:${field}`, {
    text: () => ruleText(doc, ruleId, field),
    write: (value) => editRuleText(doc, ruleId, value, field),
  });
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus, ref]);
  return (
    <div className="plan-field">
      <label className="plan-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="plan-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        ref={ref}
        className="input plan-textarea"
        rows={rows}
        maxLength={MAX_RULE_TEXT_LENGTH}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
    </div>
  );
}

function RuleTimes({ doc, rule }: { readonly doc: Y.Doc; readonly rule: RuleView }) {
  const id = useId();
  const [time, setTime] = useState('');
  useUnsentWords(time !== '');
  const add = () => {
    if (!isPlanTime(time)) return;
    quietly(() => setRuleWhen(doc, rule.id, { times: [...rule.times, time] }));
    setTime('');
  };
  return (
    <div className="plan-field">
      <label className="plan-label" htmlFor={id}>
        Times of day (if any)
      </label>
      {rule.times.length > 0 && (
        <ul className="plan-times" aria-label="Times">
          {rule.times.map((t) => (
            <li key={t} className="plan-times__item">
              <span>{t}</span>
              <button
                type="button"
                className="button plan-icon-button"
                aria-label={`Remove the time ${t}`}
                onClick={() => quietly(() => setRuleWhen(doc, rule.id, { times: rule.times.filter((x) => x !== t) }))}
              >
                <TrashIcon size={18} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="plan-inline">
        <input
          id={id}
          type="time"
          className="input plan-input plan-input--time"
          value={time}
          onChange={(e) => setTime(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button--secondary" onClick={add} disabled={!isPlanTime(time)}>
          Add time
        </button>
      </div>
    </div>
  );
}

/** A rule someone can change: its words, who, when, what it answers, and how it holds up. */
export const RuleCard = memo(function RuleCard(props: RuleCardProps) {
  const { doc, rule, number, count, network, dangerStatements, dangerWord, change } = props;
  const headingId = useId();
  const up = useId();
  const down = useId();
  const isFirst = number === 1;
  const isLast = number === count;

  useEffect(() => {
    if (props.moveFocus) document.getElementById(props.moveFocus === 'up' ? up : down)?.focus();
  }, [props.moveFocus, up, down, number]);

  return (
    <li
      className={`plan-rule${change ? ' plan-rule--changed' : ''}${props.dropBefore ? ' plan-rule--drop-before' : ''}`}
      aria-labelledby={headingId}
      onDragOver={(e) => props.onDragOverRule(e, number - 1)}
    >
      <div className="plan-rule__top">
        <button
          type="button"
          className="button plan-icon-button plan-rule__grip"
          draggable
          aria-label={`Drag rule ${number} to move it (or use Move up and Move down)`}
          onDragStart={(e) => {
            e.dataTransfer.setData(RULE_DRAG_TYPE, rule.id);
            e.dataTransfer.effectAllowed = 'move';
            props.onDragStart(rule.id);
          }}
          onDragEnd={props.onDragEnd}
        >
          <GripIcon />
        </button>
        <h3 className="plan-rule__title" id={headingId}>
          Rule {number}
        </h3>
        {change?.kind === 'added' && <p className="plan-tag plan-tag--changed">New since the plan was agreed</p>}
        {change?.kind === 'changed' && <p className="plan-tag plan-tag--changed">Changed since agreed: {ruleChangeWords(change.fields)}</p>}
        <div className="plan-rule__actions">
          <button
            id={up}
            type="button"
            className="button button--secondary"
            disabled={isFirst}
            onClick={() => props.onMove(rule.id, number - 2, 'up')}
          >
            <ArrowUpIcon size={18} />
            Move up<span className="visually-hidden"> rule {number}</span>
          </button>
          <button
            id={down}
            type="button"
            className="button button--secondary"
            disabled={isLast}
            onClick={() => props.onMove(rule.id, number, 'down')}
          >
            <ArrowDownIcon size={18} />
            Move down<span className="visually-hidden"> rule {number}</span>
          </button>
          <button type="button" className="button plan-button--danger" onClick={() => props.onDelete(rule)}>
            <TrashIcon size={18} />
            Delete<span className="visually-hidden"> rule {number}</span>
          </button>
        </div>
      </div>

      <SharedTextField
        doc={doc}
        ruleId={rule.id}
        field="text"
        label="What will happen"
        hint="A plain sentence, in the family’s own words."
        rows={3}
        autoFocus={props.focusText}
      />

      <div className="plan-rule__grid">
        <PeoplePicker
          legend="Who does it"
          network={network}
          chosen={rule.doers}
          onChange={(ids) => quietly(() => setRuleDoers(doc, rule.id, ids))}
        />
        <div>
          <SharedTextField
            doc={doc}
            ruleId={rule.id}
            field="when"
            label="When"
            hint="For example: every school morning, when Dad has been drinking."
          />
          <RuleTimes doc={doc} rule={rule} />
        </div>
      </div>
      {rule.doers.length === 0 && network.length > 0 && <p className="plan-warning">Nobody is doing this yet: pick who does it.</p>}

      <RuleAnswersPicker doc={doc} rule={rule} dangerStatements={dangerStatements} dangerWord={dangerWord} />

      <details className="plan-whatif">
        <summary>
          Test this rule: what if…
          {(rule.ifAway || rule.warningSigns || rule.ifHappening || rule.backups.length > 0 || rule.warningActors.length > 0) && (
            <span className="plan-whatif__done"> (some answers written)</span>
          )}
        </summary>
        <div className="plan-whatif__body">
          <SharedTextField doc={doc} ruleId={rule.id} field="ifAway" label="What happens if the person who does this is ill or away?" />
          <PeoplePicker
            legend="Who steps in then"
            network={network}
            chosen={rule.backups}
            onChange={(ids) => quietly(() => setRuleWhatIf(doc, rule.id, { backups: ids }))}
          />
          <SharedTextField doc={doc} ruleId={rule.id} field="warningSigns" label="Early warning signs that this is slipping" />
          <PeoplePicker
            legend="Who acts on the warning signs"
            network={network}
            chosen={rule.warningActors}
            onChange={(ids) => quietly(() => setRuleWhatIf(doc, rule.id, { warningActors: ids }))}
          />
          <SharedTextField doc={doc} ruleId={rule.id} field="ifHappening" label="What happens if the problem is already happening?" />
        </div>
      </details>
    </li>
  );
});
