import { useEffect, useId, useRef, useState } from 'react';
import {
  closeRound,
  formatScaleValue,
  ModelError,
  participantAnswerKey,
  removeAnswer,
  type NetworkMemberView,
  type RoundView,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useFocusKeeper } from '../../hooks/useFocusKeeper';
import { useNetwork } from '../network';
import type { PersonHere } from '../../hooks/usePeopleHere';
import { answerColour } from './answerColour';
import { AnswerForm } from './AnswerForm';
import { RecordForRoom } from './RecordForRoom';
import type { RoundChannel } from './roundChannel';
import type { ScaleWording } from './scaleWording';
import { ScaleLine } from './ScaleLine';
import { whoHasNotAnswered } from './whoHasNotAnswered';
import { modelErrorText, roundRefusalText, t } from '../../i18n';
import './RoundPanel.css';

export interface RoundPanelProps {
  readonly round: RoundView;
  readonly wording: ScaleWording;
  readonly facilitator: boolean;
  /** May this person give their own number (not a viewer, board not locked for them)? */
  readonly canAnswer: boolean;
  readonly peopleHere: readonly PersonHere[];
  readonly inRoom: readonly NetworkMemberView[];
  readonly channel: RoundChannel | null;
}

/** The round in progress: everyone's numbers (or, in a blind round, only who has answered), and the forms to answer. */
export function RoundPanel({ round, wording, facilitator, canAnswer, peopleHere, inRoom, channel }: RoundPanelProps) {
  const { connection, me } = useBoardSession();
  const id = useId();
  const hidden = round.mode === 'blind' && round.state === 'collecting';
  const { members } = useNetwork();
  // The whole network: someone on the list with their own device is one person, not two.
  const waitingFor = whoHasNotAnswered(peopleHere, members, round.answered);
  // An interpreter voices someone else's number; they are asked for their own only when the chair says so.
  const mine = members.find((m) => m.personIds.includes(me.id));
  const interpreterOnly = mine?.kind === 'interpreter' && !mine.scalesToo && !facilitator;
  const [problem, setProblem] = useState<string | null>(null);
  const asked = useRef(false);
  const controls = useRef<HTMLDivElement>(null);
  // Showing the numbers takes that button away: the focus goes on to closing the round.
  useFocusKeeper(controls, hidden);

  useEffect(() => {
    if (!channel) return;
    return channel.onReply((reply) => {
      if (reply.round !== round.id || !asked.current) return;
      if (reply.op === 'refused') setProblem(roundRefusalText(reply.message));
      else setProblem(null);
      asked.current = false;
    });
  }, [channel, round.id]);

  const ask = (request: Parameters<RoundChannel['send']>[0]) => {
    if (!channel) {
      setProblem(t('common.notConnectedYet'));
      return;
    }
    asked.current = true;
    channel.send(request);
  };

  const remove = (key: string) => {
    if (hidden) return ask({ op: 'retract', round: round.id, key });
    try {
      removeAnswer(connection.doc, round.id, key);
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof ModelError ? modelErrorText(e) : t('scales.RoundPanel.removeFailed'));
    }
  };

  const close = () => {
    try {
      closeRound(connection.doc, round.id);
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof ModelError ? modelErrorText(e) : t('scales.RoundPanel.closeFailed'));
    }
  };

  return (
    <section className="round" aria-labelledby={`${id}-heading`}>
      <div className="round__top">
        <h4 id={`${id}-heading`} className="round__heading">
          {hidden
            ? t('scales.RoundPanel.collectingNumbers')
            : round.mode === 'blind'
              ? t('scales.RoundPanel.numbersShown')
              : t('scales.RoundPanel.roundInProgress')}
        </h4>
        <span className={`round__mode round__mode--${round.mode}`}>
          {round.mode === 'blind' ? t('scales.RoundPanel.collectFirstThenShow') : t('scales.RoundPanel.openNumbersShowAsThey')}
        </span>
      </div>

      {hidden ? (
        <div className="round__hidden">
          <p className="round__hidden-note">{t('scales.RoundPanel.everyoneSNumbersAreHidden')}</p>
          <p className="round__count" aria-live="polite">
            {t('scales.RoundPanel.answeredCount', { count: round.answered.length })}
          </p>
          <ul className="round__answered" aria-label={t('scales.RoundPanel.whoHasAnswered')}>
            {round.answered.map((a) => (
              <li key={a.key} className="round__answered-person" style={{ '--person-colour': answerColour(a.key) } as React.CSSProperties}>
                <span className="round__tick" aria-hidden="true">
                  ✓
                </span>
                {a.name}
                {facilitator && (
                  <button
                    type="button"
                    className="button button--secondary scales__small"
                    onClick={() => remove(a.key)}
                    aria-label={t('scales.RoundPanel.takeOutSAnswer', { name: a.name })}
                  >
                    {t('scales.RoundPanel.takeOut')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <RoundNumbers round={round} wording={wording} facilitator={facilitator} onRemove={remove} />
      )}

      {waitingFor.length > 0 && (
        <p className="round__waiting">
          <strong>{t('scales.RoundPanel.stillToAnswer')}</strong>{' '}
          {waitingFor.map((p, i) => (
            <span key={p.key}>
              {i > 0 && ', '}
              {p.name}
              {p.inRoom && <span className="round__in-room"> {t('scales.RoundPanel.inTheRoom')}</span>}
            </span>
          ))}
        </p>
      )}

      {problem && (
        <p className="answer-form__error" role="alert">
          {problem}
        </p>
      )}

      {facilitator && (
        <div ref={controls} className="round__controls">
          {hidden && (
            <button
              type="button"
              className="button button--primary scales__big"
              onClick={() => ask({ op: 'reveal', round: round.id })}
              disabled={round.answered.length === 0}
            >
              {t('scales.RoundPanel.showEveryoneSNumbers')}
            </button>
          )}
          {!hidden && (
            <button type="button" className="button button--secondary" onClick={close}>
              {t('scales.RoundPanel.closeTheRoundAndKeep')}
            </button>
          )}
        </div>
      )}

      {canAnswer && (round.mode === 'open' || hidden) && (
        <div className="round__forms">
          {interpreterOnly && <p className="round__interpreter-note">{t('scales.RoundPanel.interpreterNote')}</p>}
          <AnswerForm
            key={`${round.id} mine`}
            round={round}
            answerKey={participantAnswerKey(me.id)}
            name={me.name}
            memberId={null}
            recordedBy={null}
            question={wording.question}
            zeroMeans={wording.zeroMeans}
            tenMeans={wording.tenMeans}
            channel={channel}
            heading={t('scales.RoundPanel.yourNumber')}
          />
          {facilitator && (
            <RecordForRoom
              round={round}
              inRoom={inRoom}
              channel={channel}
              question={wording.question}
              zeroMeans={wording.zeroMeans}
              tenMeans={wording.tenMeans}
            />
          )}
        </div>
      )}
    </section>
  );
}

function RoundNumbers({
  round,
  wording,
  facilitator,
  onRemove,
}: {
  round: RoundView;
  wording: ScaleWording;
  facilitator: boolean;
  onRemove: (key: string) => void;
}) {
  const { stats } = round;
  return (
    <div className="round__display">
      <ScaleLine answers={round.answers} stats={stats} zeroMeans={wording.zeroMeans} tenMeans={wording.tenMeans} />
      <div className="round__summary" aria-live="polite">
        <dl className="round__stats">
          <div>
            <dt>{t('scales.RoundPanel.median')}</dt>
            <dd>{stats.median === null ? '–' : formatScaleValue(stats.median)}</dd>
          </div>
          <div>
            <dt>{t('scales.RoundPanel.spread')}</dt>
            <dd>
              {stats.lowest === null || stats.highest === null
                ? '–'
                : t('scales.RoundPanel.to', {
                    formatScaleValue: formatScaleValue(stats.lowest),
                    formatScaleValue2: formatScaleValue(stats.highest),
                  })}
            </dd>
          </div>
          <div>
            <dt>{t('scales.RoundPanel.answers')}</dt>
            <dd>{stats.count}</dd>
          </div>
        </dl>
        {stats.widestGap && (
          <p className="round__gap">
            {t('scales.RoundPanel.theWidestGapIsBetween', {
              formatScaleValue: formatScaleValue(stats.widestGap.low),
              formatScaleValue2: formatScaleValue(stats.widestGap.high),
            })}
          </p>
        )}
      </div>
      <ol className="round__answers" aria-label={t('scales.RoundPanel.everyoneSNumbers')}>
        {round.answers.map((answer) => (
          <li key={answer.key} className="round__answer" style={{ '--person-colour': answerColour(answer.key) } as React.CSSProperties}>
            <div className="round__answer-top">
              <span className="round__answer-value">{formatScaleValue(answer.value)}</span>
              <span className="round__answer-name">{answer.name}</span>
              {answer.recordedBy && (
                <span className="round__answer-by">{t('scales.RoundPanel.recordedBy', { recordedBy: answer.recordedBy })}</span>
              )}
              {facilitator && (
                <button
                  type="button"
                  className="button button--secondary scales__small"
                  onClick={() => onRemove(answer.key)}
                  aria-label={t('scales.RoundPanel.takeOutSAnswer', { name: answer.name })}
                >
                  {t('scales.RoundPanel.takeOut')}
                </button>
              )}
            </div>
            {answer.whyNotLower && (
              <p className="round__words">
                <span className="round__words-q">{t('scales.RoundPanel.notLowerBecause')}</span> {answer.whyNotLower}
              </p>
            )}
            {answer.oneHigher && (
              <p className="round__words">
                <span className="round__words-q">{t('scales.RoundPanel.onePointHigherWouldTake')}</span> {answer.oneHigher}
              </p>
            )}
          </li>
        ))}
        {round.invalidAnswers.map((answer) => (
          <li key={answer.key} className="round__answer round__answer--invalid">
            <div className="round__answer-top">
              <span className="round__answer-name">{answer.name}</span>
              <span>{t('scales.RoundPanel.gaveANumberThatCannot', { shown: answer.shown })}</span>
              {facilitator && (
                <button
                  type="button"
                  className="button button--secondary scales__small"
                  onClick={() => onRemove(answer.key)}
                  aria-label={t('scales.RoundPanel.takeOutSAnswer', { name: answer.name })}
                >
                  {t('scales.RoundPanel.takeOut')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
