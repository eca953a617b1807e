import { useId, useRef, useState } from 'react';
import { formatScaleValue, readBoard, type NetworkMemberView, type ScaleView } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useDocView } from '../../hooks/useDocView';
import { useFocusKeeper } from '../../hooks/useFocusKeeper';
import type { PersonHere } from '../../hooks/usePeopleHere';
import { plainDate } from './historyChart';
import { OpenRoundForm } from './OpenRoundForm';
import type { RoundChannel } from './roundChannel';
import { RoundPanel } from './RoundPanel';
import { ScaleHistory } from './ScaleHistory';
import { EditScaleWords } from './EditScaleWords';
import type { ScaleWording } from './scaleWording';
import { ReadAloud, t } from '../../i18n';
import './ScaleCard.css';

export interface ScaleCardProps {
  readonly scale: ScaleView;
  readonly wording: ScaleWording;
  readonly facilitator: boolean;
  readonly canAnswer: boolean;
  readonly peopleHere: readonly PersonHere[];
  readonly inRoom: readonly NetworkMemberView[];
  readonly channel: RoundChannel | null;
  readonly meetingId: string | null;
}

/** One scale question: its words and both ends, the round in progress (or a way to start one), and its history. */
export function ScaleCard(props: ScaleCardProps) {
  const { scale, wording, facilitator } = props;
  const { connection } = useBoardSession();
  const board = useDocView(connection.doc, readBoard);
  const id = useId();
  const about = scale.statementId ? board.sections.flatMap((s) => s.statements).find((s) => s.id === scale.statementId) : undefined;
  const last = scale.history.at(-1);
  const [editing, setEditing] = useState(false);
  const card = useRef<HTMLElement>(null);
  // Closing the round takes its buttons away: the focus goes on to opening the next one.
  useFocusKeeper(card, scale.current?.id ?? null, '.scale-card__idle button, .scale-card__idle input, .scale-card__idle select');

  return (
    <article ref={card} className="scale-card" aria-labelledby={`${id}-question`}>
      <h3 id={`${id}-question`} className="scale-card__question">
        {wording.question}
      </h3>
      <ReadAloud
        text={`${wording.question} ${t('scales.ScaleCard.0Means')}: ${wording.zeroMeans}. ${t('scales.ScaleCard.10Means')}: ${wording.tenMeans}.`}
        what={wording.question}
      />
      {about && <p className="scale-card__about">{t('scales.ScaleCard.about', { text: about.text })}</p>}
      <dl className="scale-card__ends">
        <div className="scale-card__end">
          <dt>{t('scales.ScaleCard.0Means')}</dt>
          <dd>{wording.zeroMeans}</dd>
        </div>
        <div className="scale-card__end scale-card__end--ten">
          <dt>{t('scales.ScaleCard.10Means')}</dt>
          <dd>{wording.tenMeans}</dd>
        </div>
      </dl>
      {facilitator &&
        (editing ? (
          <EditScaleWords scale={scale} wording={wording} onDone={() => setEditing(false)} />
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            {t('scales.ScaleCard.changeTheWords')}
          </button>
        ))}

      {scale.current ? (
        <RoundPanel
          round={scale.current}
          wording={wording}
          facilitator={facilitator}
          canAnswer={props.canAnswer}
          peopleHere={props.peopleHere}
          inRoom={props.inRoom}
          channel={props.channel}
        />
      ) : (
        <div className="scale-card__idle">
          {last && last.stats.median !== null && (
            <p className="scale-card__last">
              {t('scales.ScaleCard.lastTimeMedianFromTo', {
                plainDate: plainDate(last.closedAt ?? last.openedAt),
                formatScaleValue: formatScaleValue(last.stats.median),
                formatScaleValue2: formatScaleValue(last.stats.lowest!),
                formatScaleValue3: formatScaleValue(last.stats.highest!),
              })}
            </p>
          )}
          {facilitator ? (
            <OpenRoundForm scaleId={scale.id} meetingId={props.meetingId} />
          ) : (
            <p className="scales__hint">{t('scales.ScaleCard.noRoundIsOpenOn')}</p>
          )}
        </div>
      )}

      <ScaleHistory rounds={scale.history} question={wording.question} />
    </article>
  );
}
