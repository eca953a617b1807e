import { useState } from 'react';
import { currentFramework, readScales } from '@kinboard/model';
import { useBoardFocus } from '../../board/boardFocus';
import { useBoardSession } from '../../hooks/boardContext';
import { useBoardStatus } from '../../hooks/useBoardStatus';
import { useConnectionState } from '../../hooks/useConnectionState';
import { useDocView } from '../../hooks/useDocView';
import { useMembersInRoom, usePeopleHere } from '../../hooks/usePeopleHere';
import { NetworkPanel } from '../network';
import { AddScaleForm } from './AddScaleForm';
import { ScaleCard } from './ScaleCard';
import { scaleWording } from './scaleWording';
import { useRoundChannel } from './useRoundChannel';
import { localTerms, t } from '../../i18n';
import './ScalesPart.css';
import { ShowOnRoomButton } from '../../ui/ShowOnRoomButton';

/** Scaling: the scale questions, the round in progress and each scale's history. */
export function ScalesPart() {
  const { connection } = useBoardSession();
  const { focus, setFocus, editable } = useBoardFocus();
  const { role } = useConnectionState(connection);
  const status = useBoardStatus(connection.awareness);
  const allScales = useDocView(connection.doc, readScales);
  const framework = useDocView(connection.doc, currentFramework);
  const peopleHere = usePeopleHere(connection.awareness);
  const inRoom = useMembersInRoom(connection.doc);
  const channel = useRoundChannel(connection);
  const [adding, setAdding] = useState(false);

  const words = localTerms(framework);
  const scales = allScales.filter((s) => !s.archived);
  const wanted = focus.startsWith('scale:') ? focus.slice('scale:'.length) : null;
  const scale = scales.find((s) => s.id === wanted) ?? scales[0];
  const facilitator = role === 'facilitator' && editable;
  const canAnswer = editable && role !== null && role !== 'viewer';

  return (
    <section className="scales" aria-labelledby="scales-heading">
      <div className="scales__top">
        <h2 id="scales-heading">{t('scales.ScalesPart.scaling')}</h2>
        {facilitator && !adding && (
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            {t('scales.ScalesPart.addAScaleQuestion')}
          </button>
        )}
      </div>

      {adding && (
        <AddScaleForm
          onAdded={(id) => {
            setAdding(false);
            setFocus(`scale:${id}`);
          }}
          onCancel={() => setAdding(false)}
        />
      )}

      {scales.length > 1 && (
        <nav aria-label={t('scales.ScalesPart.scaleQuestions')}>
          <ul className="scales__list">
            {scales.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className={s.id === scale?.id ? 'scales__pick scales__pick--current' : 'scales__pick'}
                  aria-current={s.id === scale?.id ? 'true' : undefined}
                  onClick={() => setFocus(`scale:${s.id}`)}
                >
                  {scaleWording(s, words).question}
                  {s.current && <span className="scales__live"> {t('scales.ScalesPart.roundInProgress')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {scale && <ShowOnRoomButton target={`scale:${scale.id}`} />}
      {scale ? (
        <ScaleCard
          key={scale.id}
          scale={scale}
          wording={scaleWording(scale, words)}
          facilitator={facilitator}
          canAnswer={canAnswer}
          peopleHere={peopleHere}
          inRoom={inRoom}
          channel={channel}
          meetingId={status.meeting?.id ?? null}
        />
      ) : (
        <p className="scales__hint">{t('scales.ScalesPart.thereAreNoScaleQuestions')}</p>
      )}

      {facilitator && (
        <details className="scales__network">
          <summary>{t('scales.ScalesPart.theFamilySNetworkIn', { length: inRoom.length })}</summary>
          <NetworkPanel editable={facilitator} newAttendance="in-room" headingLevel={3} hint={t('scales.ScalesPart.markWhoIsInThe')} />
        </details>
      )}
    </section>
  );
}
