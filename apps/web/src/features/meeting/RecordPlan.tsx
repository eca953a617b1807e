import type { MeetingRecord } from './boardAdminApi';
import { dateTimeText } from './recordText';
import { spellDate, localTerms, t } from '../../i18n';

const TRAJECTORY_KIND_WORDS = {
  get review() {
    return t('meeting.trajectory.review');
  },
  get milestone() {
    return t('meeting.trajectory.milestone');
  },
  get closure() {
    return t('meeting.trajectory.closure');
  },
} as const;

const ATTENDANCE_WORDS = {
  get 'in-room'() {
    return t('meeting.attendance.inRoom');
  },
  get remote() {
    return t('meeting.attendance.remote');
  },
  get phone() {
    return t('meeting.attendance.phone');
  },
  get 'not-present'() {
    return t('meeting.attendance.notPresent');
  },
} as const;

/** The record's plan and network, read-only: its agreement, rules with who and when, bottom lines, hard moments, contingency, the timeline. */
export function RecordPlan({ record }: { readonly record: MeetingRecord }) {
  const { plan, network } = record;
  const planName = localTerms(record.mapping.terms.framework).plan;
  const names = new Map(network.map((m) => [m.id, m.name]));
  const who = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? t('meeting.RecordPlan.removedMember')).join(', ');
  const empty =
    plan.rules.length + plan.bottomLines.length + plan.stressPoints.length + plan.trajectory.length === 0 && plan.contingency.trim() === '';
  return (
    <>
      <h4>
        {t('meeting.RecordPlan.the', { planName })}
        <span className="meeting-record__muted">
          {' '}
          ({plan.status === 'agreed' ? t('meeting.RecordPlan.agreed') : t('meeting.RecordPlan.aDraft')})
        </span>
      </h4>
      {plan.agreement && (
        <p>
          {t('meeting.RecordPlan.agreed2', { dateTimeText: dateTimeText(plan.agreement.at) })}
          {plan.agreement.by.length > 0 && <> {t('meeting.RecordPlan.by', { join: plan.agreement.by.map((b) => b.name).join(', ') })}</>}
          {plan.changesSinceAgreed?.any && (
            <span className="meeting-record__muted"> {t('meeting.RecordPlan.changedSinceItWasAgreed')}</span>
          )}
        </p>
      )}
      {empty && <p>{t('meeting.RecordPlan.nothingWasWrittenInThe', { planName })}</p>}
      {plan.rules.length > 0 && (
        <>
          <h5>{t('meeting.RecordPlan.rules')}</h5>
          <ol className="meeting-record__rules">
            {plan.rules.map((rule) => (
              <li key={rule.id}>
                {rule.text || <span className="meeting-record__muted">{t('meeting.RecordPlan.noWordsYet')}</span>}
                <dl className="meeting-record__rule-details">
                  {rule.doers.length > 0 && <Detail term={t('meeting.RecordPlan.who')} value={who(rule.doers)} />}
                  {(rule.when || rule.times.length > 0) && (
                    <Detail term={t('meeting.RecordPlan.when')} value={[rule.when, ...rule.times].filter(Boolean).join(', ')} />
                  )}
                  {rule.ifAway && (
                    <Detail
                      term={t('meeting.RecordPlan.ifTheyAreAwayOr')}
                      value={`${rule.ifAway}${rule.backups.length ? ` (${who(rule.backups)})` : ''}`}
                    />
                  )}
                  {rule.warningSigns && (
                    <Detail
                      term={t('meeting.RecordPlan.earlyWarningSigns')}
                      value={`${rule.warningSigns}${rule.warningActors.length ? ` (${who(rule.warningActors)} acts)` : ''}`}
                    />
                  )}
                  {rule.ifHappening && <Detail term={t('meeting.RecordPlan.ifItIsAlreadyHappening')} value={rule.ifHappening} />}
                </dl>
              </li>
            ))}
          </ol>
        </>
      )}
      <Lines title={t('meeting.RecordPlan.bottomLines')} lines={plan.bottomLines} />
      <Lines title={t('meeting.RecordPlan.hardMomentsStressPoints')} lines={plan.stressPoints} />
      {plan.contingency.trim() !== '' && (
        <>
          <h5>{t('meeting.RecordPlan.ifThePlanCannotBe')}</h5>
          <p className="meeting-record__contingency">{plan.contingency}</p>
        </>
      )}
      {plan.trajectory.length > 0 && (
        <>
          <h5>{t('meeting.RecordPlan.fromNowToClosingThe')}</h5>
          <ul aria-label={t('meeting.RecordPlan.timeline')}>
            {plan.trajectory.map((item) => (
              <li key={item.id}>
                {spellDate(item.date)}: {TRAJECTORY_KIND_WORDS[item.kind]}
                {item.label && <span>. {item.label}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('meeting.RecordPlan.theFamilySNetwork')}</h4>
      {network.length === 0 ? (
        <p>{t('meeting.RecordPlan.nobodyWasInTheNetwork')}</p>
      ) : (
        <ul aria-label={t('meeting.RecordPlan.theFamilySNetwork')}>
          {network.map((member) => (
            <li key={member.id}>
              {member.name}
              {member.relationship && <span>, {member.relationship}</span>}
              <span className="meeting-record__muted"> ({ATTENDANCE_WORDS[member.attendance]})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Detail({ term, value }: { readonly term: string; readonly value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Lines({ title, lines }: { readonly title: string; readonly lines: readonly { id: string; text: string }[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h5>{title}</h5>
      <ul>
        {lines.map((line) => (
          <li key={line.id}>{line.text}</li>
        ))}
      </ul>
    </>
  );
}
