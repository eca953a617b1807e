import { PART_WORDS, type CopyRule, type PersonCopy } from '@kinboard/model';
import { Paper } from './Paper';

function Rule({ rule, dangerWord }: { readonly rule: CopyRule; readonly dangerWord: string }) {
  const facts: [string, string][] = [
    ['Your part', rule.yourParts.map((p) => PART_WORDS[p]).join(', ')],
    ['Who', rule.who.join(', ') || 'nobody named yet'],
    ['When', rule.when],
    ['If someone is away', rule.ifAway],
    ['Who steps in', rule.backups.join(', ')],
    ['Warning signs', rule.warningSigns],
    ['Who acts on them', rule.warningActors.join(', ')],
    ['If it is already happening', rule.ifHappening],
    ...rule.answers.map((a): [string, string] => [`Answers the ${dangerWord}`, a]),
  ];
  return (
    <li value={rule.number}>
      <strong>{rule.text}</strong>
      <dl className="paper__details">
        {facts
          .filter(([, v]) => v.length > 0)
          .map(([label, value], i) => (
            <div key={i}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </li>
  );
}

/** One person's copy of the plan: their rules first, the plan in full, each goal, the network with parts and contacts. */
export function PersonCopyPaper({
  copy,
  words,
}: {
  readonly copy: PersonCopy;
  readonly words: { readonly plan: string; readonly dangerStatement: string; readonly goal: string };
}) {
  return (
    <Paper
      name={`${copy.forName}’s copy of the ${words.plan.toLowerCase()}`}
      boardTitle={copy.boardTitle}
      kindName={copy.meetingKindName}
      date={copy.meetingDate}
    >
      <section className="paper__mine" aria-label="Your part">
        <h2>Your part</h2>
        {copy.yourRules.length === 0 ? (
          <p>You have no rule of your own in this plan yet.</p>
        ) : (
          <ol>
            {copy.yourRules.map((r) => (
              <Rule key={r.number} rule={r} dangerWord={words.dangerStatement} />
            ))}
          </ol>
        )}
      </section>
      <section aria-label="The rest of the plan">
        <h2>The rest of the plan</h2>
        {copy.otherRules.length === 0 && <p>Every rule of the plan is part of yours.</p>}
        <ol>
          {copy.otherRules.map((r) => (
            <Rule key={r.number} rule={r} dangerWord={words.dangerStatement} />
          ))}
        </ol>
      </section>
      <section aria-label="What we are worried about, and the goals">
        <h2>What we are worried about, and the goals</h2>
        <ul>
          {copy.dangerAndGoals.map((pair, i) => (
            <li key={i}>
              {pair.danger}
              <p className="paper__goal">
                {words.goal}: {pair.goal ?? 'none yet'}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="The network">
        <h2>The network: who does what, and how to reach them</h2>
        <ul>
          {copy.network.map((m, i) => (
            <li key={i}>
              <strong>{m.name}</strong>
              {[m.relationship, m.agency].some((w) => w) && <> ({[m.relationship, m.agency].filter((w) => w).join(', ')})</>}
              <ul>
                {m.parts.map((p) => (
                  <li key={p.part}>
                    {PART_WORDS[p.part]}: rule {p.rules.join(', ')}
                  </li>
                ))}
                <li>Contact: {m.contact || 'not shared'}</li>
              </ul>
            </li>
          ))}
        </ul>
      </section>
      {copy.bottomLines.length > 0 && (
        <section aria-label="Bottom lines">
          <h2>Bottom lines</h2>
          <ul>
            {copy.bottomLines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </section>
      )}
      {copy.contingency && (
        <section aria-label="If the plan cannot be kept">
          <h2>If the plan cannot be kept</h2>
          <p>{copy.contingency}</p>
        </section>
      )}
      <section aria-label="Decision">
        <h2>Decision</h2>
        <ul>
          {copy.decisionLines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        {copy.reviewDates.length > 0 && <p>Review meetings: {copy.reviewDates.join(', ')}</p>}
      </section>
    </Paper>
  );
}
