import { memo } from 'react';
import type { MappedStatement, ViewId } from '@kinboard/model';
import { HarmDetailsReadOnly } from './HarmDetailsEditor';
import { isDimmed, useMapSelector } from './mapContext';
import { PairBlock } from './PairBlock';
import { PlanCoverageBadge } from '../plan';
import { StatementBadges } from './StatementBadges';
import { DisputeAside } from './StatementCard';
import { ReadAloud, t, useLocale } from '../../i18n';

/** A statement as a viewer sees it: the words, updating live, whose view it is, and who added it. */
export const StatementReadOnly = memo(function StatementReadOnly({
  statement,
  view,
}: {
  readonly statement: MappedStatement;
  readonly view: ViewId;
}) {
  useLocale();
  const highlight = useMapSelector((map) => map.highlight);
  const empty = statement.text.trim().length === 0;
  const classes = ['statement', 'statement--readonly'];
  if (isDimmed(highlight, statement)) classes.push('statement--dimmed');
  if (highlight !== null && statement.source?.key === highlight) classes.push('statement--highlighted');
  return (
    <li className={classes.join(' ')}>
      <StatementBadges statement={statement} view={view} />
      <div className="statement__main">
        <p className={empty ? 'statement__words statement__words--empty' : 'statement__words'}>
          {empty ? t('statements.StatementReadOnly.beingWritten') : statement.text}
        </p>
        {statement.stance === 'disputed' && <DisputeAside words={statement.disputeWords} />}
      </div>
      <ReadAloud text={statement.text} what={statement.text} />
      {statement.domain === 'danger-statements' && <PlanCoverageBadge statementId={statement.id} />}
      {statement.domain === 'harm' && statement.harm && <HarmDetailsReadOnly details={statement.harm} />}
      <PairBlock statement={statement} editable={false} />
      {statement.authorName && (
        <p className="statement__author">{t('statements.StatementReadOnly.addedBy', { authorName: statement.authorName })}</p>
      )}
    </li>
  );
});
