import { useId, useState } from 'react';
import { ModelError, readRemovals, restoreRemoval, type RemovalKind, type RemovalView } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useDocView } from '../../hooks/useDocView';
import { formatDate, t } from '../../i18n';
import './RecentlyRemoved.css';

const KIND_WORDS: Record<RemovalKind, string> = {
  get statement() {
    return t('removed.kind.statement');
  },
  get rule() {
    return t('removed.kind.rule');
  },
  get member() {
    return t('removed.kind.member');
  },
};
const TIME = { format: (date: Date | number) => formatDate(date, { hour: '2-digit', minute: '2-digit' }) };

/**
 * "Recently removed": statements, rules and people someone removed, for anyone who can edit to
 * bring back whole. The person who wrote a statement, and the chair, see who removed it.
 */
export function RecentlyRemoved({ isChair }: { readonly isChair: boolean }) {
  const { connection, me } = useBoardSession();
  const removals = useDocView(connection.doc, readRemovals);
  const [told, setTold] = useState('');
  const id = useId();
  if (removals.length === 0 && !told) return null;

  function bringBack(removal: RemovalView) {
    try {
      restoreRemoval(connection.doc, removal.id);
      setTold(t('removed.broughtBack', { kind: removal.kind }));
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      setTold(t('removed.alreadyBack'));
    }
  }

  return (
    <section className="removed" aria-labelledby={`${id}-title`}>
      <details className="removed__details">
        <summary className="removed__summary">
          <span id={`${id}-title`}>{t('removed.RecentlyRemoved.recentlyRemoved')}</span>{' '}
          <span className="removed__count">({removals.length})</span>
        </summary>
        {removals.length === 0 ? (
          <p className="removed__empty">{t('removed.RecentlyRemoved.nothingRemovedNow')}</p>
        ) : (
          <ul className="removed__list" aria-label={t('removed.RecentlyRemoved.recentlyRemoved')}>
            {removals.map((removal) => {
              const whoSees = isChair || (removal.author !== null && removal.author.id === me.id);
              return (
                <li key={removal.id} className="removed__item">
                  <p className="removed__words">
                    <span className="removed__kind">{KIND_WORDS[removal.kind]}:</span>{' '}
                    {removal.summary || <em>{t('removed.RecentlyRemoved.noWords')}</em>}
                  </p>
                  <p className="removed__who">
                    {t('removed.RecentlyRemoved.removedAt', { format: TIME.format(removal.removedAt) })}
                    {whoSees && <> {t('removed.RecentlyRemoved.by', { name: removal.removedBy.name })}</>}
                  </p>
                  <button type="button" className="button button--secondary" onClick={() => bringBack(removal)}>
                    {t('removed.RecentlyRemoved.bringBack')}
                    <span className="visually-hidden">: {removal.summary}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </details>
      <p className="visually-hidden" role="status">
        {told}
      </p>
    </section>
  );
}
