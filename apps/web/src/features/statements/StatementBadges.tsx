import type { MappedStatement, ViewId } from '@kinboard/model';
import { t } from '../../i18n';
import { EVIDENCE_CHOICE_WORDS } from './EvidenceChoice';
import './StatementBadges.css';

/**
 * The small words above a statement: what kind it is (in the three-column view, where no domain
 * heading says so), whose view it is, and whether the family agreed.
 */
export function StatementBadges({ statement, view }: { readonly statement: MappedStatement; readonly view: ViewId }) {
  const kind = view === 'three-column' && statement.filed ? statement.label : null;
  if (!kind && !statement.source && statement.stance !== 'agreed' && !statement.evidence) return null;
  return (
    <p className="badges">
      {kind && <span className={`badge badge--kind badge--${statement.domain}`}>{capitalise(kind)}</span>}
      {statement.source && (
        <span className={statement.source.kind === 'child' ? 'badge badge--source badge--child' : 'badge badge--source'}>
          <span className="visually-hidden">{t('statements.StatementBadges.whoseView')} </span>
          {statement.source.label}
        </span>
      )}
      {statement.stance === 'agreed' && <span className="badge badge--agreed">{t('statements.StatementBadges.familyAgrees')}</span>}
      {statement.evidence && (
        <span className={`badge badge--evidence badge--${statement.evidence}`}>{EVIDENCE_CHOICE_WORDS.kinds[statement.evidence]}</span>
      )}
    </p>
  );
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
