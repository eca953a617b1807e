import { useId, useState, type FormEvent } from 'react';
import { ModelError, memberAnswerKey, type NetworkMemberView, type RoundView } from '@kinboard/model';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { useBoardSession } from '../../hooks/boardContext';
import { useNetwork } from '../network';
import { AnswerForm } from './AnswerForm';
import type { RoundChannel } from './roundChannel';
import { modelErrorText, t } from '../../i18n';
import './RecordForRoom.css';

export interface RecordForRoomProps {
  readonly round: RoundView;
  readonly inRoom: readonly NetworkMemberView[];
  readonly channel: RoundChannel | null;
  readonly question: string;
  readonly zeroMeans: string;
  readonly tenMeans: string;
}

/**
 * For the facilitator: people in the room without a device still give their number. Add them by
 * name (they join the family's network, "in the room") and record their number and words for them.
 */
export function RecordForRoom({ round, inRoom, channel, question, zeroMeans, tenMeans }: RecordForRoomProps) {
  const { me } = useBoardSession();
  const id = useId();
  const answered = new Set(round.answered.map((a) => a.key));
  const [chosen, setChosen] = useState<string | null>(null);
  const firstWaiting = inRoom.find((m) => !answered.has(memberAnswerKey(m.id))) ?? inRoom[0];
  const member = inRoom.find((m) => m.id === chosen) ?? firstWaiting;

  return (
    <section className="record" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('scales.RecordForRoom.peopleInTheRoomWithout')}</h4>
      <p className="scales__hint">{t('scales.RecordForRoom.askThemTheQuestionAnd')}</p>
      <AddInRoom onAdded={setChosen} />
      {member && (
        <>
          <div className="record__pick">
            <label htmlFor={`${id}-who`}>{t('scales.RecordForRoom.recordingFor')}</label>
            <select id={`${id}-who`} className="input" value={member.id} onChange={(e) => setChosen(e.target.value)}>
              {inRoom.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {answered.has(memberAnswerKey(m.id)) ? t('scales.RecordForRoom.hasAnswered') : ''}
                </option>
              ))}
            </select>
          </div>
          <AnswerForm
            key={`${round.id} ${member.id}`}
            round={round}
            answerKey={memberAnswerKey(member.id)}
            name={member.name}
            memberId={member.id}
            recordedBy={me.name}
            question={question}
            zeroMeans={zeroMeans}
            tenMeans={tenMeans}
            channel={channel}
            heading={t('scales.RecordForRoom.sNumber', { name: member.name })}
          />
        </>
      )}
    </section>
  );
}

function AddInRoom({ onAdded }: { onAdded: (memberId: string) => void }) {
  const { add } = useNetwork();
  const id = useId();
  const words = useKeptWords('scales.inRoomName', '');
  const name = words.value;
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      onAdded(add({ name, attendance: 'in-room' }));
      words.clear();
      setError(null);
    } catch (e) {
      setError(e instanceof ModelError ? modelErrorText(e) : t('common.couldNotSave'));
    }
  };
  return (
    <form className="record__add" onSubmit={submit}>
      <label htmlFor={`${id}-name`}>{t('scales.RecordForRoom.addSomeoneInTheRoom')}</label>
      <div className="record__add-row">
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          maxLength={80}
          autoComplete="off"
          aria-describedby={words.restored ? words.noteId : undefined}
          onChange={(e) => words.set(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {t('scales.RecordForRoom.add')}
        </button>
      </div>
      <KeptWordsNote words={words} />
      {error && (
        <p className="answer-form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
