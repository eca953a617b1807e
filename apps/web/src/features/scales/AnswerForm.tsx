import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ModelError, formatScaleValue, giveOpenAnswer, type AnswerView, type RoundView } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import type { RoundChannel } from './roundChannel';
import { ScaleSlider } from './ScaleSlider';
import './AnswerForm.css';
import { keepDraft, markDraft, readKeptDraft } from '../../lib/unsentDrafts';
import { modelErrorText, roundRefusalText, t } from '../../i18n';

interface AnswerDraft {
  readonly value: number | null;
  readonly whyNotLower: string;
  readonly oneHigher: string;
}

export interface AnswerFormProps {
  readonly round: RoundView;
  /** `p:{participantId}` for one's own answer, `m:{memberId}` when recording for someone. */
  readonly answerKey: string;
  /** Whose answer it is, as shown to everyone. */
  readonly name: string;
  readonly memberId: string | null;
  /** The facilitator's name when recording for someone in the room. */
  readonly recordedBy: string | null;
  readonly question: string;
  readonly zeroMeans: string;
  readonly tenMeans: string;
  readonly channel: RoundChannel | null;
  /** "Your number" or "Gran's number". */
  readonly heading: string;
}

/** What this device last sent for a blind round, so the person still sees their own number until the reveal. */
const heldHere = new Map<string, { value: number; whyNotLower: string; oneHigher: string }>();

/**
 * One person's answer: a number on the line and, in their own words, why not lower and what would
 * make it one point higher. Giving it again replaces it. In an open round it goes straight onto the
 * board; in a blind round it goes to the server, which holds it until the facilitator reveals.
 * Until it is sent, the answer is a draft kept on this device (so a reload keeps it) and counted
 * as unsaved: the header does not say "All changes saved" and closing the page asks first.
 */
export function AnswerForm(props: AnswerFormProps) {
  const { round, answerKey, name, memberId, recordedBy, channel } = props;
  const { connection } = useBoardSession();
  const id = useId();
  const blind = round.mode === 'blind' && round.state === 'collecting';
  const heldKey = `${round.id} ${answerKey}`;
  const existing: AnswerView | undefined = round.answers.find((a) => a.key === answerKey);
  const held = heldHere.get(heldKey);
  const answered = round.answered.some((a) => a.key === answerKey);
  const given = existing ?? (answered ? held : undefined);
  const takesAnswers = round.state === 'collecting' || (round.mode === 'open' && round.state === 'revealed');
  const [start] = useState<AnswerDraft | undefined>(() => readKeptDraft<AnswerDraft>(heldKey) ?? given);

  const [value, setValue] = useState<number | null>(start?.value ?? null);
  const [whyNotLower, setWhyNotLower] = useState(start?.whyNotLower ?? '');
  const [oneHigher, setOneHigher] = useState(start?.oneHigher ?? '');
  /** What was sent in a blind round, until the server says it holds it. */
  const sending = useRef<AnswerDraft | null>(null);

  const differs = given
    ? value !== given.value || whyNotLower.trim() !== given.whyNotLower || oneHigher.trim() !== given.oneHigher
    : value !== null || whyNotLower.trim().length > 0 || oneHigher.trim().length > 0;
  const unsent = takesAnswers && differs;
  useEffect(() => {
    markDraft(heldKey, unsent);
    keepDraft(heldKey, unsent ? { value, whyNotLower, oneHigher } : null);
  }, [heldKey, unsent, value, whyNotLower, oneHigher]);
  // A form that goes away with its round takes its draft with it; one hidden while the round still
  // takes answers (another part of the board is open) stays counted as unsent.
  const stillTakes = useRef(takesAnswers);
  stillTakes.current = takesAnswers;
  useEffect(
    () => () => {
      if (!stillTakes.current) markDraft(heldKey, false);
    },
    [heldKey],
  );
  const [status, setStatus] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  /** True between sending a blind answer and the server's reply, so only our own refusals show here. */
  const waiting = useRef(false);

  useEffect(() => {
    if (!channel) return;
    return channel.onReply((reply) => {
      if (reply.round !== round.id) return;
      if (!waiting.current) return;
      if (reply.op === 'held' && reply.key === answerKey) {
        waiting.current = false;
        if (sending.current)
          heldHere.set(heldKey, {
            value: sending.current.value ?? 0,
            whyNotLower: sending.current.whyNotLower,
            oneHigher: sending.current.oneHigher,
          });
        sending.current = null;
        setError(null);
        setStatus(t('scales.AnswerForm.sentHidden'));
      }
      if (reply.op === 'refused') {
        waiting.current = false;
        setError(roundRefusalText(reply.message));
      }
    });
  }, [channel, round.id, answerKey, heldKey]);

  // Someone else took this answer out (a mistaken one): start again from nothing.
  useEffect(() => {
    if (!answered && !existing) heldHere.delete(heldKey);
  }, [answered, existing, heldKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value === null) {
      setError(t('scales.chooseNumberFirst'));
      return;
    }
    const answer = { value, whyNotLower: whyNotLower.trim(), oneHigher: oneHigher.trim(), name, memberId, recordedBy, at: Date.now() };
    try {
      if (blind) {
        if (!channel) {
          setError(t('common.notConnectedYet'));
          return;
        }
        waiting.current = true;
        channel.send({ op: 'answer', round: round.id, key: answerKey, answer });
        sending.current = { value, whyNotLower: answer.whyNotLower, oneHigher: answer.oneHigher };
        setStatus('Sending…');
      } else {
        giveOpenAnswer(connection.doc, round.id, answerKey, answer);
        setStatus('');
      }
      setError(null);
    } catch (e) {
      setError(e instanceof ModelError ? modelErrorText(e) : t('common.couldNotSave'));
    }
  };

  return (
    <form className="answer-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className="answer-form__heading">
        {props.heading}
      </h4>
      <p id={`${id}-question`} className="visually-hidden">
        {props.question} ({props.heading})
      </p>
      <ScaleSlider value={value} onChange={setValue} labelledBy={`${id}-question`} zeroMeans={props.zeroMeans} tenMeans={props.tenMeans} />
      <div className="answer-form__words">
        <div className="answer-form__field">
          <label htmlFor={`${id}-lower`}>{t('scales.AnswerForm.whyThisNumberAndNot')}</label>
          <textarea
            id={`${id}-lower`}
            className="input"
            rows={2}
            maxLength={1000}
            value={whyNotLower}
            onChange={(e) => setWhyNotLower(e.target.value)}
          />
        </div>
        <div className="answer-form__field">
          <label htmlFor={`${id}-higher`}>{t('scales.AnswerForm.whatWouldMakeItOne')}</label>
          <textarea
            id={`${id}-higher`}
            className="input"
            rows={2}
            maxLength={1000}
            value={oneHigher}
            onChange={(e) => setOneHigher(e.target.value)}
          />
        </div>
      </div>
      {error && (
        <p className="answer-form__error" role="alert">
          {error}
        </p>
      )}
      <div className="answer-form__buttons">
        <button type="submit" className="button button--primary">
          {given
            ? t('scales.AnswerForm.changeTheNumber')
            : blind
              ? t('scales.AnswerForm.sendTheNumber')
              : t('scales.AnswerForm.giveTheNumber')}
        </button>
        <span className="answer-form__status" role="status">
          {blind && answered && held
            ? t('scales.AnswerForm.sentOnlyThisScreenShows', { formatScaleValue: formatScaleValue(held.value) })
            : existing
              ? t('scales.AnswerForm.onTheLine', { formatScaleValue: formatScaleValue(existing.value) })
              : status}
        </span>
      </div>
    </form>
  );
}
