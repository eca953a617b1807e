import { memo, useEffect, useId, type DragEvent } from 'react';
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
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { ArrowDownIcon, ArrowUpIcon, GripIcon, TrashIcon } from '../../icons';
import { PeoplePicker } from './PeoplePicker';
import { RuleAnswersPicker } from './RuleAnswersPicker';
import { quietly } from './quietly';
import type { DangerStatement } from './usePlanData';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { ruleChangeWords } from './planWords';
import { ReadAloud, t, useLocale } from '../../i18n';
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
  const timeWords = useKeptWords(`plan.ruleTime.${rule.id}`, '');
  const time = timeWords.value;
  const add = () => {
    if (!isPlanTime(time)) return;
    if (quietly(() => setRuleWhen(doc, rule.id, { times: [...rule.times, time] }))) timeWords.clear();
  };
  return (
    <div className="plan-field">
      <label className="plan-label" htmlFor={id}>
        {t('plan.RuleCard.timesOfDayIfAny')}
      </label>
      {rule.times.length > 0 && (
        <ul className="plan-times" aria-label={t('plan.RuleCard.times')}>
          {rule.times.map((time) => (
            <li key={time} className="plan-times__item">
              <span>{time}</span>
              <button
                type="button"
                className="button plan-icon-button"
                aria-label={t('plan.RuleCard.removeTheTime', { time })}
                onClick={() => quietly(() => setRuleWhen(doc, rule.id, { times: rule.times.filter((x) => x !== time) }))}
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
          onChange={(e) => timeWords.set(e.currentTarget.value)}
          aria-describedby={timeWords.restored ? timeWords.noteId : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button button--secondary" onClick={add} disabled={!isPlanTime(time)}>
          {t('plan.RuleCard.addTime')}
        </button>
      </div>
      <KeptWordsNote words={timeWords} />
    </div>
  );
}

/** A rule someone can change: its words, who, when, what it answers, and how it holds up. */
export const RuleCard = memo(function RuleCard(props: RuleCardProps) {
  useLocale();
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
          aria-label={t('plan.RuleCard.dragRuleToMoveIt', { number })}
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
          {t('plan.RuleCard.rule', { number })}
        </h3>
        <ReadAloud text={() => ruleText(doc, rule.id, 'text').toString()} what={t('plan.RuleCard.rule', { number })} />
        {change?.kind === 'added' && <p className="plan-tag plan-tag--changed">{t('plan.RuleCard.newSinceThePlanWas')}</p>}
        {change?.kind === 'changed' && (
          <p className="plan-tag plan-tag--changed">
            {t('plan.RuleCard.changedSinceAgreed', { ruleChangeWords: ruleChangeWords(change.fields) })}
          </p>
        )}
        <div className="plan-rule__actions">
          <button
            id={up}
            type="button"
            className="button button--secondary"
            disabled={isFirst}
            onClick={() => props.onMove(rule.id, number - 2, 'up')}
          >
            <ArrowUpIcon size={18} />
            {t('plan.RuleCard.moveUp')}
            <span className="visually-hidden"> {t('plan.RuleCard.rule2', { number })}</span>
          </button>
          <button
            id={down}
            type="button"
            className="button button--secondary"
            disabled={isLast}
            onClick={() => props.onMove(rule.id, number, 'down')}
          >
            <ArrowDownIcon size={18} />
            {t('plan.RuleCard.moveDown')}
            <span className="visually-hidden"> {t('plan.RuleCard.rule2', { number })}</span>
          </button>
          <button type="button" className="button plan-button--danger" onClick={() => props.onDelete(rule)}>
            <TrashIcon size={18} />
            {t('plan.RuleCard.delete')}
            <span className="visually-hidden"> {t('plan.RuleCard.rule2', { number })}</span>
          </button>
        </div>
      </div>

      <SharedTextField
        doc={doc}
        ruleId={rule.id}
        field="text"
        label={t('plan.RuleCard.whatWillHappen')}
        hint={t('plan.RuleCard.aPlainSentenceInThe')}
        rows={3}
        autoFocus={props.focusText}
      />

      <div className="plan-rule__grid">
        <PeoplePicker
          legend={t('plan.RuleCard.whoDoesIt')}
          network={network}
          chosen={rule.doers}
          onChange={(ids) => quietly(() => setRuleDoers(doc, rule.id, ids))}
        />
        <div>
          <SharedTextField
            doc={doc}
            ruleId={rule.id}
            field="when"
            label={t('plan.RuleCard.when')}
            hint={t('plan.RuleCard.forExampleEverySchoolMorning')}
          />
          <RuleTimes doc={doc} rule={rule} />
        </div>
      </div>
      {rule.doers.length === 0 && network.length > 0 && <p className="plan-warning">{t('plan.RuleCard.nobodyIsDoingThisYet')}</p>}

      <RuleAnswersPicker doc={doc} rule={rule} dangerStatements={dangerStatements} dangerWord={dangerWord} />

      <details className="plan-whatif">
        <summary>
          {t('plan.RuleCard.testThisRuleWhatIf')}
          {(rule.ifAway || rule.warningSigns || rule.ifHappening || rule.backups.length > 0 || rule.warningActors.length > 0) && (
            <span className="plan-whatif__done"> {t('plan.RuleCard.someAnswersWritten')}</span>
          )}
        </summary>
        <div className="plan-whatif__body">
          <SharedTextField doc={doc} ruleId={rule.id} field="ifAway" label={t('plan.RuleCard.whatHappensIfThePerson')} />
          <PeoplePicker
            legend={t('plan.RuleCard.whoStepsInThen')}
            network={network}
            chosen={rule.backups}
            onChange={(ids) => quietly(() => setRuleWhatIf(doc, rule.id, { backups: ids }))}
          />
          <SharedTextField doc={doc} ruleId={rule.id} field="warningSigns" label={t('plan.RuleCard.earlyWarningSignsThatThis')} />
          <PeoplePicker
            legend={t('plan.RuleCard.whoActsOnTheWarning')}
            network={network}
            chosen={rule.warningActors}
            onChange={(ids) => quietly(() => setRuleWhatIf(doc, rule.id, { warningActors: ids }))}
          />
          <SharedTextField doc={doc} ruleId={rule.id} field="ifHappening" label={t('plan.RuleCard.whatHappensIfTheProblem')} />
        </div>
      </details>
    </li>
  );
});
