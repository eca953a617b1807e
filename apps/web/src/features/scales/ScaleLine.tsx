import { useEffect, useRef, useState } from 'react';
import { formatScaleValue, type RoundStats } from '@kinboard/model';
import { answerColour } from './answerColour';
import { layoutMarkers, rowCount, type MarkerInput } from './markerLayout';
import { t } from '../../i18n';
import './ScaleLine.css';

export interface ScaleLineProps {
  /** Everyone's numbers; empty while a blind round's numbers are hidden. */
  readonly answers: readonly MarkerInput[];
  readonly stats: RoundStats;
  readonly zeroMeans: string;
  readonly tenMeans: string;
}

const TICKS = Array.from({ length: 11 }, (_, i) => i);

/**
 * The room's numbers on a 0–10 line, big enough to read across a room: a marker with each
 * person's name (initials when crowded; the full name on hover and focus), the median, and the
 * widest gap picked out so the disagreement is talked about rather than averaged away. The same
 * numbers are in the list beside it, which is what a screen reader reads.
 */
export function ScaleLine({ answers, stats, zeroMeans, tenMeans }: ScaleLineProps) {
  const markers = useRef<HTMLDivElement>(null);
  const width = useWidth(markers);
  const placed = layoutMarkers(answers, roomFor(width));
  const rows = Math.max(1, rowCount(placed));
  const gap = stats.widestGap;
  return (
    <div className="scale-line" style={{ '--rows': rows } as React.CSSProperties}>
      <div className="scale-line__markers" ref={markers}>
        {placed.map((marker) => (
          <span
            key={marker.key}
            className={marker.short ? 'scale-marker scale-marker--short' : 'scale-marker'}
            style={
              { insetInlineStart: `${marker.at}%`, '--row': marker.row, '--person-colour': answerColour(marker.key) } as React.CSSProperties
            }
            role="img"
            tabIndex={0}
            aria-label={`${marker.name}: ${formatScaleValue(marker.value)}`}
            title={`${marker.name}: ${formatScaleValue(marker.value)}`}
            data-name={marker.name}
          >
            <span className="scale-marker__label" aria-hidden="true">
              {marker.label}
            </span>
          </span>
        ))}
      </div>
      <div className="scale-line__axis" aria-hidden="true">
        {gap && <span className="scale-line__gap" style={{ insetInlineStart: `${gap.low * 10}%`, width: `${gap.size * 10}%` }} />}
        {TICKS.map((tick) => (
          <span key={tick} className="scale-line__tick" style={{ insetInlineStart: `${tick * 10}%` }}>
            {tick}
          </span>
        ))}
        {stats.median !== null && (
          <span className="scale-line__median" style={{ insetInlineStart: `${stats.median * 10}%` }}>
            <span>{t('scales.ScaleLine.median', { formatScaleValue: formatScaleValue(stats.median) })}</span>
          </span>
        )}
      </div>
      <div className="scale-line__ends" aria-hidden="true">
        <span>
          <strong>0</strong> {zeroMeans}
        </span>
        <span>
          <strong>10</strong> {tenMeans}
        </span>
      </div>
    </div>
  );
}

/** How much of the line a full name and a marker with initials need, at this width (about 7½ and 2¾ letters' room). */
function roomFor(width: number | null): { nameRoom: number; initialsRoom: number } | undefined {
  if (!width) return undefined;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return { nameRoom: Math.max(1, (10 * 7.5 * rem) / width), initialsRoom: Math.max(0.5, (10 * 2.75 * rem) / width) };
}

function useWidth(element: React.RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    setWidth(target.clientWidth);
    const observer = new ResizeObserver(() => setWidth(target.clientWidth));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
