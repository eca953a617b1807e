import { useId, useState } from 'react';
import { formatScaleValue, type RoundView } from '@kinboard/model';
import { answerColour } from './answerColour';
import { linePath, personLines, roundLabels, roundX, valueY, type ChartBox } from './historyChart';
import { t } from '../../i18n';
import './ScaleHistory.css';

const BOX: ChartBox = { width: 760, height: 300, left: 80, right: 120, top: 20, bottom: 44 };
const GRID = [0, 2, 4, 6, 8, 10];

function roundDate(round: RoundView): number {
  return round.closedAt ?? round.revealedAt ?? round.openedAt;
}

function medianWords(round: RoundView): string {
  return round.stats.median === null ? t('scales.history.none') : formatScaleValue(round.stats.median);
}

function spread(round: RoundView): string {
  const { lowest, highest } = round.stats;
  if (lowest === null || highest === null) return t('scales.history.noNumbers');
  return lowest === highest
    ? formatScaleValue(lowest)
    : t('scales.history.range', { lowest: formatScaleValue(lowest), highest: formatScaleValue(highest) });
}

/**
 * A scale's closed rounds over time, so a review meeting opens with last time's numbers: the
 * median and the range of each round, and each person's own line on demand. The same numbers are
 * in a table (always there for screen readers; shown on screen with "Show as table").
 */
export function ScaleHistory({ rounds, question }: { rounds: readonly RoundView[]; question: string }) {
  const id = useId();
  const [showPeople, setShowPeople] = useState(false);
  const [showTable, setShowTable] = useState(false);
  if (rounds.length === 0) {
    return (
      <section className="history" aria-labelledby={`${id}-heading`}>
        <h4 id={`${id}-heading`}>{t('scales.ScaleHistory.overTime')}</h4>
        <p className="scales__hint">{t('scales.ScaleHistory.noRoundsClosedYetEach')}</p>
      </section>
    );
  }
  const count = rounds.length;
  const labels = roundLabels(rounds.map(roundDate));
  const medians = rounds.flatMap((r, i) => (r.stats.median === null ? [] : [{ x: roundX(i, count, BOX), y: valueY(r.stats.median, BOX) }]));
  const first = rounds[0]!;
  const last = rounds[count - 1]!;
  const summary =
    count === 1
      ? t('scales.history.oneRound', { when: labels[0] ?? '', median: medianWords(first) })
      : t('scales.history.rounds', {
          count,
          from: labels[0] ?? '',
          to: labels[count - 1] ?? '',
          first: medianWords(first),
          last: medianWords(last),
        });

  return (
    <section className="history" aria-labelledby={`${id}-heading`}>
      <div className="history__top">
        <h4 id={`${id}-heading`}>{t('scales.ScaleHistory.overTime')}</h4>
        <div className="history__toggles">
          <button
            type="button"
            className="button button--secondary scales__small"
            aria-pressed={showPeople}
            onClick={() => setShowPeople((v) => !v)}
          >
            {t('scales.ScaleHistory.eachPersonSLine')}
          </button>
          <button
            type="button"
            className="button button--secondary scales__small"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
          >
            {t('scales.ScaleHistory.showAsTable')}
          </button>
        </div>
      </div>
      <p className="history__summary">{summary}</p>
      <svg className="history__chart" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{`${question} ${summary}`}</title>
        {GRID.map((v) => (
          <g key={v}>
            <line className="history__grid" x1={BOX.left} x2={BOX.width - BOX.right} y1={valueY(v, BOX)} y2={valueY(v, BOX)} />
            <text className="history__axis" x={BOX.left - 10} y={valueY(v, BOX) + 5} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {rounds.map((round, i) => {
          const x = roundX(i, count, BOX);
          const { lowest, highest, median } = round.stats;
          return (
            <g key={round.id}>
              {lowest !== null && highest !== null && (
                <rect
                  className="history__range"
                  x={x - 9}
                  width={18}
                  y={valueY(highest, BOX) - 2}
                  height={valueY(lowest, BOX) - valueY(highest, BOX) + 4}
                  rx={9}
                />
              )}
              {median !== null && (
                <>
                  <circle className="history__median" cx={x} cy={valueY(median, BOX)} r={8} />
                  <text className="history__median-label" x={x + 14} y={valueY(median, BOX) + 6}>
                    {formatScaleValue(median)}
                  </text>
                </>
              )}
              <text
                className="history__axis"
                x={x}
                y={BOX.height - 14}
                textAnchor={count > 1 && i === 0 ? 'start' : count > 1 && i === count - 1 ? 'end' : 'middle'}
              >
                {labels[i]}
              </text>
            </g>
          );
        })}
        {medians.length > 1 && <path className="history__median-line" d={linePath(medians)} />}
        {showPeople &&
          personLines(rounds).map((person) => {
            const points = person.points.map((p) => ({ x: roundX(p.index, count, BOX), y: valueY(p.value, BOX) }));
            const end = points[points.length - 1]!;
            return (
              <g key={person.key} className="history__person" style={{ color: answerColour(person.key) }}>
                {points.length > 1 && <path d={linePath(points)} />}
                {points.map((p, i) => (
                  <circle key={i} cx={p.x} cy={p.y} r={4.5} />
                ))}
                <text x={end.x + 8} y={end.y - 8}>
                  {person.name}
                </text>
              </g>
            );
          })}
      </svg>
      <p className="history__key" aria-hidden="true">
        <span className="history__key-median" /> {t('scales.ScaleHistory.median')} <span className="history__key-range" />{' '}
        {t('scales.ScaleHistory.lowestToHighest')}
      </p>
      <div className={showTable ? 'history__table' : 'visually-hidden'}>
        <table>
          <caption>{t('scales.ScaleHistory.theNumbersAtEachRound', { question })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scales.ScaleHistory.date')}</th>
              <th scope="col">{t('scales.ScaleHistory.median2')}</th>
              <th scope="col">{t('scales.ScaleHistory.lowestToHighest2')}</th>
              <th scope="col">{t('scales.ScaleHistory.eachPersonSNumber')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((round, i) => (
              <tr key={round.id}>
                <th scope="row">{labels[i]}</th>
                <td>{round.stats.median === null ? '–' : formatScaleValue(round.stats.median)}</td>
                <td>{spread(round)}</td>
                <td>
                  {round.answers.map((a) => `${a.name} ${formatScaleValue(a.value)}`).join(', ') || t('scales.ScaleHistory.noAnswers')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
