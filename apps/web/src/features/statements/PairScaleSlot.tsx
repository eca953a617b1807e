import { formatScaleValue, readPairScales } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedDocView } from '../../hooks/useSharedDocView';

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
      <p className="pair__label">Scale</p>
      <p className="pair__scale-question">{scale.question}</p>
      {latest ? (
        <p className="pair__scale-reading">
          Last time, the middle number was <strong>{formatScaleValue(latest.median)}</strong> out of 10, {range}.
        </p>
      ) : (
        <p className="pair__scale-reading pair__scale-reading--none">Not scaled yet</p>
      )}
      {scale.collecting && <p className="pair__scale-note">A round is collecting numbers now.</p>}
    </div>
  );
}
