import { formatScaleValue, readPairScales } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { t } from '../../i18n';

/**
 * The pair's own scale, beside the danger statement and its goal: the question, and the median
 * and range of the last round everyone saw, or that it has not been scaled yet. Nothing when no
 * scale is tied to this danger statement.
 */
export function PairScaleSlot({ statementId }: { readonly statementId: string }) {
  const { connection } = useBoardSession();
  const scale = useSharedDocView(connection.doc, readPairScales).get(statementId);
  if (!scale) return null;
  const { latest } = scale;
  const range = latest
    ? `from ${formatScaleValue(latest.lowest)} to ${formatScaleValue(latest.highest)} (${latest.count} ${latest.count === 1 ? 'person' : 'people'})`
    : '';
  return (
    <div className="pair__scale">
      <p className="pair__label">{t('statements.PairScaleSlot.scale')}</p>
      <p className="pair__scale-question">{scale.question}</p>
      {latest ? (
        <p className="pair__scale-reading">
          {t('statements.PairScaleSlot.lastTimeTheMiddleNumber')} <strong>{formatScaleValue(latest.median)}</strong>{' '}
          {t('statements.PairScaleSlot.outOf10', { range })}
        </p>
      ) : (
        <p className="pair__scale-reading pair__scale-reading--none">{t('statements.PairScaleSlot.notScaledYet')}</p>
      )}
      {scale.collecting && <p className="pair__scale-note">{t('statements.PairScaleSlot.aRoundIsCollectingNumbers')}</p>}
    </div>
  );
}
