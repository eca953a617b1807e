import { useMemo } from 'react';
import { formatScaleValue, readMapping, readScales, type AnswerView, type DictionaryTerm, type RoundView } from '@kinboard/model';
import type * as Y from 'yjs';
import { useDocView } from '../../hooks/useDocView';
import { scaleWording } from '../scales';
import { PlainWords } from './PlainWords';
import { RoomPager, type RoomBlock } from './RoomPager';
import { ROOM_WORDS } from './roomWords';
import './RoomScale.css';

interface RoomScaleProps {
  readonly doc: Y.Doc;
  readonly scaleId: string;
  readonly page: number;
  readonly onPages: (count: number) => void;
  readonly extraTerms: readonly DictionaryTerm[];
}

const readScaleWords = (doc: Y.Doc) => ({ scales: readScales(doc), terms: readMapping(doc).terms });

/** The question of the scale the room screen shows (or of the board's first scale), as the room reads it. */
export function useScaleQuestion(doc: Y.Doc, scaleId: string | null): string {
  const { scales, terms } = useDocView(doc, readScaleWords);
  const scale = scales.find((s) => s.id === scaleId) ?? scales[0];
  return scale ? scaleWording(scale, terms).question : '';
}

/** The round the room talks about: the one open or revealed, else the last one closed. */
function roundToShow(current: RoundView | null, history: readonly RoundView[]): RoundView | null {
  return current ?? history[history.length - 1] ?? null;
}

/**
 * A scale on the room screen: the question, what 0 and 10 mean, the numbers on a line, and each
 * person's number with their name and their reasons, paged when there are many. Numbers of a
 * blind round stay hidden until the chair reveals them (the board does not have them before).
 */
export function RoomScale({ doc, scaleId, page, onPages, extraTerms }: RoomScaleProps) {
  const scales = useDocView(doc, readScales);
  const mapping = useDocView(doc, readMapping);
  const scale = scales.find((s) => s.id === scaleId) ?? scales[0] ?? null;
  const round = scale ? roundToShow(scale.current, scale.history) : null;
  const answers = round?.answers;
  // Two people side by side on each row: a wide screen holds twice as many before it pages.
  const blocks = useMemo<RoomBlock[]>(() => {
    const list = answers ?? [];
    const rows: RoomBlock[] = [];
    for (let i = 0; i < list.length; i += 2) {
      const pair = list.slice(i, i + 2);
      rows.push({
        key: pair.map((a) => a.key).join('+'),
        node: (
          <div className="room-answers-row">
            {pair.map((a) => (
              <RoomAnswer key={a.key} answer={a} extraTerms={extraTerms} />
            ))}
          </div>
        ),
      });
    }
    return rows;
  }, [answers, extraTerms]);
  if (!scale) return <p className="room-empty">{ROOM_WORDS.noAnswers}</p>;
  const words = scaleWording(scale, mapping.terms);
  const hidden = round !== null && round.answers.length === 0 && round.answered.length > 0;
  return (
    <div className="room-scale">
      <div className="room-scale__ends">
        <p>
          <span className="room-scale__end">{ROOM_WORDS.scaleZero}</span> <PlainWords text={words.zeroMeans} extraTerms={extraTerms} />
        </p>
        <p>
          <span className="room-scale__end">{ROOM_WORDS.scaleTen}</span> <PlainWords text={words.tenMeans} extraTerms={extraTerms} />
        </p>
      </div>
      {round && round.answers.length > 0 && (
        <div className="room-scale__line">
          {round.answers.map((a, i) => (
            <span
              key={a.key}
              aria-hidden="true"
              className="room-scale__dot"
              style={{ insetInlineStart: `${a.value * 10}%`, '--stack': stackOf(round, i) } as React.CSSProperties}
            >
              {formatScaleValue(a.value)}
            </span>
          ))}
          {round.stats.median !== null && (
            <span className="room-scale__median" style={{ insetInlineStart: `${round.stats.median * 10}%` }}>
              <span className="room-scale__middle">{ROOM_WORDS.median(formatScaleValue(round.stats.median))}</span>
            </span>
          )}
        </div>
      )}
      {hidden ? (
        <p className="room-empty">{ROOM_WORDS.hiddenAnswers(round.answered.length)}</p>
      ) : blocks.length === 0 ? (
        <p className="room-empty">{ROOM_WORDS.noAnswers}</p>
      ) : (
        <RoomPager blocks={blocks} page={page} onPages={onPages} />
      )}
    </div>
  );
}

/** How many answers before this one have the same number: they stack upwards on the line. */
function stackOf(round: RoundView, index: number): number {
  const value = round.answers[index]?.value;
  return round.answers.slice(0, index).filter((a) => a.value === value).length;
}

function RoomAnswer({ answer, extraTerms }: { readonly answer: AnswerView; readonly extraTerms: readonly DictionaryTerm[] }) {
  return (
    <ul className="room-block">
      <li className="room-answer">
        <span className="room-answer__number">{formatScaleValue(answer.value)}</span>
        <span className="room-answer__name">{answer.name}</span>
        {answer.whyNotLower.trim() && (
          <span className="room-answer__reason">
            <span className="room-answer__label">{ROOM_WORDS.whyNotLower}</span>{' '}
            <PlainWords text={answer.whyNotLower.trim()} extraTerms={extraTerms} />
          </span>
        )}
        {answer.oneHigher.trim() && (
          <span className="room-answer__reason">
            <span className="room-answer__label">{ROOM_WORDS.oneHigher}</span>{' '}
            <PlainWords text={answer.oneHigher.trim()} extraTerms={extraTerms} />
          </span>
        )}
      </li>
    </ul>
  );
}
