import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type * as Y from 'yjs';
import { addRule, moveRule, type NetworkMemberView, type PlanView, type RuleView } from '@kinboard/model';
import { dropIndexAmongOthers } from '../../lib/dropIndex';
import { PlusIcon } from '../../icons';
import { UndoToast } from '../../ui/UndoToast';
import { RULE_DRAG_TYPE, RuleCard, type RuleChange } from './RuleCard';
import { quietly } from './quietly';
import { createRuleUndo } from './ruleUndo';
import { useBoardSession } from '../../hooks/boardContext';
import { recordRemoval } from '../removed';
import type { DangerStatement } from './usePlanData';
import { t } from '../../i18n';
import './RuleList.css';

interface RuleListProps {
  readonly doc: Y.Doc;
  readonly plan: PlanView;
  readonly network: readonly NetworkMemberView[];
  readonly dangerStatements: readonly DangerStatement[];
  readonly dangerWord: string;
  /** What the rules are for, in the framework's words. */
  readonly rulesHint: string;
  /** A rule just added elsewhere (from a gap) whose words should take the focus. */
  readonly focusRuleId: string | null;
  readonly onFocusRule: (ruleId: string | null) => void;
}

/** The rules of the plan, in order: add, change, reorder (buttons or drag), delete with undo. */
export function RuleList({ doc, plan, network, dangerStatements, dangerWord, rulesHint, focusRuleId, onFocusRule }: RuleListProps) {
  const { connection, me } = useBoardSession();
  const undo = useMemo(() => createRuleUndo(doc, me, () => recordRemoval(connection, 'rule')), [doc, me, connection]);
  useEffect(() => () => undo.destroy(), [undo]);
  const [deleted, setDeleted] = useState<RuleView | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [moved, setMoved] = useState<{ id: string; control: 'up' | 'down' } | null>(null);

  const changes = plan.changesSinceAgreed;
  const changeOf = (id: string): RuleChange => {
    if (!changes) return null;
    if (changes.rulesAdded.includes(id)) return { kind: 'added' };
    const changed = changes.rulesChanged.find((c) => c.id === id);
    return changed ? { kind: 'changed', fields: changed.fields } : null;
  };

  const add = () => {
    const id = addRule(doc, { text: '' });
    onFocusRule(id);
  };

  const onMove = useCallback(
    (ruleId: string, toIndex: number, control: 'up' | 'down') => {
      if (quietly(() => moveRule(doc, ruleId, toIndex))) setMoved({ id: ruleId, control });
    },
    [doc],
  );

  const onDelete = useCallback(
    (rule: RuleView) => {
      if (quietly(() => undo.delete(rule.id))) setDeleted(rule);
    },
    [undo],
  );

  const ids = plan.rules.map((r) => r.id);
  const onDragOverRule = (event: DragEvent<HTMLLIElement>, index: number) => {
    if (!dragging || !event.dataTransfer.types.includes(RULE_DRAG_TYPE)) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    setDropAt(event.clientY > box.top + box.height / 2 ? index + 1 : index);
  };
  const onDrop = (event: DragEvent<HTMLOListElement>) => {
    const id = event.dataTransfer.getData(RULE_DRAG_TYPE);
    if (!id || dropAt === null) return;
    event.preventDefault();
    quietly(() => moveRule(doc, id, dropIndexAmongOthers(ids, id, dropAt)));
    setDragging(null);
    setDropAt(null);
  };

  return (
    <section className="plan-section" aria-labelledby="plan-rules-heading">
      <h3 className="plan-section__title" id="plan-rules-heading">
        {t('plan.RuleList.rules')}
      </h3>
      <p className="plan-section__hint">{rulesHint}</p>
      {plan.rules.length === 0 ? (
        <p className="plan-empty">{t('plan.RuleList.noRulesYetAddThe')}</p>
      ) : (
        <ol
          className="plan-rules"
          aria-label={t('plan.RuleList.rules')}
          onDrop={onDrop}
          onDragOver={(e) => {
            if (dragging) e.preventDefault();
          }}
        >
          {plan.rules.map((rule, index) => (
            <RuleCard
              key={rule.id}
              doc={doc}
              rule={rule}
              number={index + 1}
              count={plan.rules.length}
              network={network}
              dangerStatements={dangerStatements}
              dangerWord={dangerWord}
              change={changeOf(rule.id)}
              focusText={focusRuleId === rule.id}
              dropBefore={dragging !== null && dropAt === index}
              moveFocus={moved?.id === rule.id ? moved.control : null}
              onMove={onMove}
              onDelete={onDelete}
              onDragStart={setDragging}
              onDragEnd={() => {
                setDragging(null);
                setDropAt(null);
              }}
              onDragOverRule={onDragOverRule}
            />
          ))}
          {dragging !== null && dropAt === plan.rules.length && <li className="plan-rule__drop-end" aria-hidden="true" />}
        </ol>
      )}
      {changes && changes.rulesRemoved.length > 0 && (
        <div className="plan-removed">
          <h4>{t('plan.RuleList.removedSinceThePlanWas')}</h4>
          <ul>
            {changes.rulesRemoved.map((r) => (
              <li key={r.id}>
                <del>{r.text.trim() || t('plan.RuleList.aRuleWithNoWords')}</del>
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button button--primary plan-add" onClick={add}>
        <PlusIcon />
        {t('plan.RuleList.addARule')}
      </button>
      {deleted && (
        <UndoToast
          title={t('plan.RuleList.ruleDeleted')}
          deleted={deleted}
          onUndo={() => {
            undo.undoDelete();
            onFocusRule(deleted.id);
            setDeleted(null);
          }}
          onDismiss={() => setDeleted(null)}
        />
      )}
    </section>
  );
}
