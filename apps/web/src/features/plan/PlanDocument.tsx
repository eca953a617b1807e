import { Fragment } from 'react';
import { personalCopyOrder, type NetworkMemberView, type PlanCoverageTerms, type PlanView, type RuleView } from '@kinboard/model';
import { formatAgreedAt } from './planCopy';
import type { DangerStatement } from './usePlanData';
import { spellDate, TRAJECTORY_WORDS, listOfNames, t } from '../../i18n';
import './PlanDocument.css';

export interface PlanDocumentProps {
  readonly plan: PlanView;
  readonly planName: string;
  readonly boardTitle: string;
  readonly network: readonly NetworkMemberView[];
  readonly dangerStatements: readonly DangerStatement[];
  /** Puts this person's part first, as their own copy. */
  readonly forMemberId?: string;
  /** When the copy was made, written for the reader; absent on screen. */
  readonly printedAt?: string;
  /** The kind of meeting, in words; absent when none was chosen. */
  readonly meetingKind?: string;
  /** The heading level of the plan's title: 1 on paper, 3 inside the board. */
  readonly level: 1 | 3;
  /** The framework's words for what the plan answers. */
  readonly coverageWords: PlanCoverageTerms;
}

/** The family's words as they wrote them, line breaks and all. */
function Words({ text, empty }: { readonly text: string; readonly empty?: string }) {
  const trimmed = text.trim();
  return trimmed ? <span className="plan-doc__words">{trimmed}</span> : empty ? <em>{empty}</em> : null;
}

interface RuleEntryProps {
  readonly rule: RuleView;
  readonly number: number;
  readonly nameOf: (ids: readonly string[]) => string[];
  readonly statementText: ReadonlyMap<string, string>;
  readonly answersWord: string;
}

function RuleEntry({ rule, number, nameOf, statementText, answersWord }: RuleEntryProps) {
  const doers = nameOf(rule.doers);
  const backups = nameOf(rule.backups);
  const actors = nameOf(rule.warningActors);
  const answers = rule.statements.filter((id) => statementText.has(id));
  const who = doers.length > 0 ? listOfNames(doers, 'or') : t('plan.PlanDocument.thePersonDoingThis');
  return (
    <li className="plan-doc__rule">
      <p className="plan-doc__rule-number">{t('plan.PlanDocument.rule', { number })}</p>
      <p className="plan-doc__rule-text">
        <Words text={rule.text} empty={t('plan.PlanDocument.noWordsYet')} />
      </p>
      <dl className="plan-doc__facts">
        <dt>{t('plan.PlanDocument.who')}</dt>
        <dd>{doers.length > 0 ? listOfNames(doers) : t('plan.PlanDocument.notDecidedYet')}</dd>
        {(rule.when.trim() || rule.times.length > 0) && (
          <>
            <dt>{t('plan.PlanDocument.when')}</dt>
            <dd>
              <Words text={rule.when} />
              {rule.times.length > 0 && ` ${rule.when.trim() ? '(' : ''}${rule.times.join(', ')}${rule.when.trim() ? ')' : ''}`}
            </dd>
          </>
        )}
        {answers.map((id) => (
          <Fragment key={id}>
            <dt>{answersWord}</dt>
            <dd>
              “<Words text={statementText.get(id)!} />”
            </dd>
          </Fragment>
        ))}
        {(rule.ifAway.trim() || backups.length > 0) && (
          <>
            <dt>{t('plan.PlanDocument.ifIsIllOrAway', { who })}</dt>
            <dd>
              <Words text={rule.ifAway} />
              {backups.length > 0 && t('plan.PlanDocument.stepsIn', { listOfNames: listOfNames(backups) })}
            </dd>
          </>
        )}
        {(rule.warningSigns.trim() || actors.length > 0) && (
          <>
            <dt>{t('plan.PlanDocument.earlyWarningSigns')}</dt>
            <dd>
              <Words text={rule.warningSigns} />
              {actors.length > 0 && t('plan.PlanDocument.whoActs', { listOfNames: listOfNames(actors) })}
            </dd>
          </>
        )}
        {rule.ifHappening.trim() && (
          <>
            <dt>{t('plan.PlanDocument.ifItIsAlreadyHappening')}</dt>
            <dd>
              <Words text={rule.ifHappening} />
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

/**
 * The plan as a reader sees it: the copy that is printed, and what a viewer sees on the board.
 * It names the board and when it was printed, and nothing that would lead anyone to the board.
 */
export function PlanDocument({
  plan,
  planName,
  boardTitle,
  network,
  dangerStatements,
  forMemberId,
  printedAt,
  meetingKind,
  level,
  coverageWords,
}: PlanDocumentProps) {
  const Title = level === 1 ? 'h1' : 'h3';
  const Heading = level === 1 ? 'h2' : 'h4';
  const names = new Map(network.map((m) => [m.id, m.name]));
  const nameOf = (ids: readonly string[]) => ids.flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
  const statementText = new Map(dangerStatements.map((s) => [s.id, s.text]));
  const number = new Map(plan.rules.map((r, i) => [r.id, i + 1]));
  const person = forMemberId ? network.find((m) => m.id === forMemberId) : undefined;
  const ordered = person ? personalCopyOrder(plan, person.id) : null;
  const answered = new Set(plan.rules.flatMap((r) => r.statements));
  const gaps = dangerStatements.filter((s) => !answered.has(s.id));
  const ruleList = (rules: readonly RuleView[]) => (
    <ol className="plan-doc__rules">
      {rules.map((rule) => (
        <RuleEntry
          key={rule.id}
          rule={rule}
          number={number.get(rule.id)!}
          nameOf={nameOf}
          statementText={statementText}
          answersWord={coverageWords.ruleAnswers}
        />
      ))}
    </ol>
  );

  return (
    <div className="plan-doc">
      <header className="plan-doc__header">
        <Title className="plan-doc__title">{person ? t('plan.PlanDocument.sCopy', { planName, name: person.name }) : planName}</Title>
        <p className="plan-doc__meta">
          {t('plan.PlanDocument.board')} {boardTitle || t('plan.PlanDocument.meetingBoard')}
        </p>
        {meetingKind && <p className="plan-doc__meta">{t('plan.PlanDocument.meeting', { kind: meetingKind })}</p>}
        {printedAt && <p className="plan-doc__meta">{t('plan.PlanDocument.printed', { printedAt })}</p>}
        <p className="plan-doc__status">
          {plan.agreement
            ? t('plan.PlanDocument.agreedOnBy', {
                formatAgreedAt: formatAgreedAt(plan.agreement.at),
                listOfNames: listOfNames(plan.agreement.by.map((p) => p.name)),
                value: plan.changesSinceAgreed?.any ? t('plan.PlanDocument.changedSince') : '',
              })
            : t('plan.PlanDocument.thisPlanIsADraft')}
        </p>
      </header>

      {plan.bottomLines.length > 0 && (
        <section className="plan-doc__bottom-lines">
          <Heading>{t('plan.PlanDocument.bottomLines')}</Heading>
          <p>{t('plan.PlanDocument.theseMustAlwaysHappenThey')}</p>
          <ul>
            {plan.bottomLines.map((l) => (
              <li key={l.id}>
                <Words text={l.text} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {ordered ? (
        <>
          <section className="plan-doc__section">
            <Heading>{t('plan.PlanDocument.yourPart')}</Heading>
            {ordered.some((r) => r.isTheirs) ? (
              ruleList(ordered.filter((r) => r.isTheirs).map((r) => r.rule))
            ) : (
              <p>{t('plan.PlanDocument.noRuleNamesYouYet')}</p>
            )}
          </section>
          {ordered.some((r) => !r.isTheirs) && (
            <section className="plan-doc__section">
              <Heading>{t('plan.PlanDocument.everyoneElseSPart')}</Heading>
              {ruleList(ordered.filter((r) => !r.isTheirs).map((r) => r.rule))}
            </section>
          )}
        </>
      ) : (
        <section className="plan-doc__section">
          <Heading>{t('plan.PlanDocument.rules')}</Heading>
          {plan.rules.length === 0 ? <p>{t('plan.PlanDocument.noRulesYet')}</p> : ruleList(plan.rules)}
        </section>
      )}

      {plan.stressPoints.length > 0 && (
        <section className="plan-doc__section plan-doc__keep">
          <Heading>{t('plan.PlanDocument.triggerTimesAndStressPoints')}</Heading>
          <ul>
            {plan.stressPoints.map((l) => (
              <li key={l.id}>
                <Words text={l.text} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.contingency.trim() && (
        <section className="plan-doc__section plan-doc__keep">
          <Heading>{t('plan.PlanDocument.ifThePlanCannotBe')}</Heading>
          <p>
            <Words text={plan.contingency} />
          </p>
        </section>
      )}
      {network.some((m) => m.contact) && (
        <section className="plan-doc__section plan-doc__keep">
          <Heading>{t('plan.PlanDocument.whoToContact')}</Heading>
          <p>{t('plan.PlanDocument.peopleWhoAgreedToShare')}</p>
          <ul>
            {network
              .filter((m) => m.contact)
              .map((m) => (
                <li key={m.id}>
                  <strong>{m.name}</strong>
                  {[m.relationship, m.agency].filter(Boolean).length > 0 && ` (${[m.relationship, m.agency].filter(Boolean).join(', ')})`}:{' '}
                  {m.contact}
                </li>
              ))}
          </ul>
        </section>
      )}
      {plan.reviewDates.length > 0 && (
        <section className="plan-doc__section plan-doc__keep">
          <Heading>{t('plan.PlanDocument.reviewDates')}</Heading>
          <ul>
            {plan.reviewDates.map((d) => (
              <li key={d}>{spellDate(d)}</li>
            ))}
          </ul>
        </section>
      )}
      {plan.trajectory.length > 0 && (
        <section className="plan-doc__section plan-doc__keep">
          <Heading>{t('plan.PlanDocument.fromNowToClosingThe')}</Heading>
          <ol className="plan-doc__timeline">
            {plan.trajectory.map((t) => (
              <li key={t.id}>
                <strong>{spellDate(t.date)}</strong>: {TRAJECTORY_WORDS[t.kind]}
                {t.label.trim() && (
                  <>
                    {': '}
                    <Words text={t.label} />
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {gaps.length > 0 && (
        <section className="plan-doc__section plan-doc__keep">
          <Heading>{coverageWords.gapsHeading}</Heading>
          <ul>
            {gaps.map((s) => (
              <li key={s.id}>
                “<Words text={s.text} />”
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
