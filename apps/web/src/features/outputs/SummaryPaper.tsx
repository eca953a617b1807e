import { type ChairSummary, type SummaryStatement, evidenceName } from '@kinboard/model';
import { paperSay, t } from '../../i18n';
import { Paper } from './Paper';

const HARM_LABELS = [
  ['when', 'outputs.SummaryPaper.whenItHappened'],
  ['howOften', 'outputs.SummaryPaper.howOften'],
  ['howSevere', 'outputs.SummaryPaper.howSevere'],
  ['impactOnChild', 'outputs.SummaryPaper.impactOnChild'],
] as const;

function whose(s: SummaryStatement): string {
  const parts = [
    s.source ? t('outputs.SummaryPaper.fromSource', { source: s.source }) : null,
    s.stance === 'agreed' ? t('outputs.SummaryPaper.familyAgrees') : null,
  ];
  if (s.stance === 'disputed')
    parts.push(
      s.disputeWords
        ? t('outputs.SummaryPaper.familyDisagreesWords', { words: s.disputeWords })
        : t('outputs.SummaryPaper.familyDisagrees'),
    );
  const shown = parts.filter((p) => p !== null);
  return shown.length > 0 ? ` (${shown.join('; ')})` : '';
}

function Statement({ s, goalWord }: { readonly s: SummaryStatement; readonly goalWord: string | null }) {
  return (
    <li>
      {s.text}
      {s.evidence && <span className="paper__fact">{evidenceName(s.evidence, paperSay)}</span>}
      <span className="paper__note">{whose(s)}</span>
      {s.harm && (
        <dl className="paper__details">
          {HARM_LABELS.filter(([key]) => s.harm?.[key]).map(([key, label]) => (
            <div key={key}>
              <dt>{t(label)}</dt>
              <dd>{s.harm?.[key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {goalWord && (
        <p className="paper__goal">
          {goalWord}: {s.goal ?? t('outputs.SummaryPaper.noneYet')}
        </p>
      )}
    </li>
  );
}

/** The chair's summary for the case file, as it prints: decision, the seven domains in order, the scales. */
export function SummaryPaper({
  summary,
  goalWord,
  record = false,
}: {
  readonly summary: ChairSummary;
  readonly goalWord: string;
  /** The summary of a stored meeting record: when one is open, it is the paper that prints. */
  readonly record?: boolean;
}) {
  return (
    <Paper
      name={record ? t('outputs.SummaryPaper.chairsSummaryRecord') : t('outputs.SummaryPaper.chairsSummary')}
      record={record}
      boardTitle={summary.boardTitle}
      kindName={summary.meetingKindName}
      date={summary.meetingDate}
    >
      <section aria-label={t('outputs.SummaryPaper.decision')}>
        <h2>{t('outputs.SummaryPaper.decision')}</h2>
        <ul>
          {summary.decisionLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {summary.domains.map((domain) => (
        <section key={domain.id} aria-label={domain.title}>
          <h2>{domain.title}</h2>
          {domain.statements.length === 0 ? (
            <p className="paper__note">{t('outputs.SummaryPaper.nothingRecorded')}</p>
          ) : (
            <ul>
              {domain.statements.map((s, i) => (
                <Statement key={i} s={s} goalWord={domain.id === 'danger-statements' ? goalWord : null} />
              ))}
            </ul>
          )}
          {domain.id === 'next-steps' && summary.planSteps.length > 0 && (
            <>
              <p>{t('outputs.SummaryPaper.fromThePlan')}</p>
              <ul>
                {summary.planSteps.map((step, i) => (
                  <li key={i}>
                    {step.what}{' '}
                    <span className="paper__note">
                      {step.when
                        ? t('outputs.SummaryPaper.whoWhen', {
                            who: step.who.join(', ') || t('outputs.SummaryPaper.nobodyNamedYet'),
                            when: step.when,
                          })
                        : t('outputs.SummaryPaper.whoOnly', { who: step.who.join(', ') || t('outputs.SummaryPaper.nobodyNamedYet') })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {summary.unsorted.map((group) => (
        <section key={group.column} aria-label={t('outputs.SummaryPaper.notSorted', { column: group.column })}>
          <h2>{t('outputs.SummaryPaper.notSorted', { column: group.column })}</h2>
          <ul>
            {group.statements.map((s, i) => (
              <Statement key={i} s={s} goalWord={null} />
            ))}
          </ul>
        </section>
      ))}
      <section aria-label={t('outputs.SummaryPaper.scales')}>
        <h2>{t('outputs.SummaryPaper.scales')}</h2>
        {summary.scales.map((scale, i) => (
          <div key={i}>
            <h3>{scale.question}</h3>
            <p className="paper__note">
              0: {scale.zeroMeans} 10: {scale.tenMeans}
            </p>
            {scale.answers.length === 0 ? (
              <p className="paper__note">{t('outputs.SummaryPaper.nobodyAsked')}</p>
            ) : (
              <ul>
                {scale.answers.map((a, j) => (
                  <li key={j}>
                    <strong>
                      {a.name}: {a.value}
                    </strong>
                    {a.whyNotLower && <> · {t('outputs.SummaryPaper.whyNotLower', { text: a.whyNotLower })}</>}
                    {a.oneHigher && <> · {t('outputs.SummaryPaper.oneHigher', { text: a.oneHigher })}</>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
    </Paper>
  );
}
