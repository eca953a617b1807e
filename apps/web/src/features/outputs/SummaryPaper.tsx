import { EVIDENCE_WORDS, type ChairSummary, type SummaryStatement } from '@kinboard/model';
import { Paper } from './Paper';

const SUMMARY = 'Chair’s summary';
const HARM_LABELS = [
  ['when', 'When it happened'],
  ['howOften', 'How often'],
  ['howSevere', 'How severe'],
  ['impactOnChild', 'What it did to the child'],
] as const;

function whose(s: SummaryStatement): string {
  const parts = [s.source ? `from ${s.source}` : null, s.stance === 'agreed' ? 'the family agrees' : null];
  if (s.stance === 'disputed') parts.push(`the family disagrees${s.disputeWords ? `: “${s.disputeWords}”` : ''}`);
  const shown = parts.filter((p) => p !== null);
  return shown.length > 0 ? ` (${shown.join('; ')})` : '';
}

function Statement({ s, goalWord }: { readonly s: SummaryStatement; readonly goalWord: string | null }) {
  return (
    <li>
      {s.text}
      {s.evidence && <span className="paper__fact">{EVIDENCE_WORDS[s.evidence]}</span>}
      <span className="paper__note">{whose(s)}</span>
      {s.harm && (
        <dl className="paper__details">
          {HARM_LABELS.filter(([key]) => s.harm?.[key]).map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{s.harm?.[key]}</dd>
            </div>
          ))}
        </dl>
      )}
      {goalWord && (
        <p className="paper__goal">
          {goalWord}: {s.goal ?? 'none yet'}
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
      name={record ? `${SUMMARY} (meeting record)` : SUMMARY}
      record={record}
      boardTitle={summary.boardTitle}
      kindName={summary.meetingKindName}
      date={summary.meetingDate}
    >
      <section aria-label="Decision">
        <h2>Decision</h2>
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
            <p className="paper__note">Nothing recorded.</p>
          ) : (
            <ul>
              {domain.statements.map((s, i) => (
                <Statement key={i} s={s} goalWord={domain.id === 'danger-statements' ? goalWord : null} />
              ))}
            </ul>
          )}
          {domain.id === 'next-steps' && summary.planSteps.length > 0 && (
            <>
              <p>From the plan:</p>
              <ul>
                {summary.planSteps.map((step, i) => (
                  <li key={i}>
                    {step.what}{' '}
                    <span className="paper__note">
                      (who: {step.who.join(', ') || 'nobody named yet'}
                      {step.when ? `; when: ${step.when}` : ''})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {summary.unsorted.map((group) => (
        <section key={group.column} aria-label={`Not sorted into a domain yet: ${group.column}`}>
          <h2>Not sorted into a domain yet: {group.column}</h2>
          <ul>
            {group.statements.map((s, i) => (
              <Statement key={i} s={s} goalWord={null} />
            ))}
          </ul>
        </section>
      ))}
      <section aria-label="Scales">
        <h2>Scales</h2>
        {summary.scales.map((scale, i) => (
          <div key={i}>
            <h3>{scale.question}</h3>
            <p className="paper__note">
              0: {scale.zeroMeans} 10: {scale.tenMeans}
            </p>
            {scale.answers.length === 0 ? (
              <p className="paper__note">Nobody was asked this time.</p>
            ) : (
              <ul>
                {scale.answers.map((a, j) => (
                  <li key={j}>
                    <strong>
                      {a.name}: {a.value}
                    </strong>
                    {a.whyNotLower && <> · Why not lower: {a.whyNotLower}</>}
                    {a.oneHigher && <> · What would make it one higher: {a.oneHigher}</>}
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
