import { useId, useState, type FormEvent } from 'react';
import { ATTENDANCE, ModelError, type Attendance, type MemberKind, type NetworkMemberView } from '@kinboard/model';
import { ATTENDANCE_WORDS, KIND_WORDS } from './networkWords';
import { useNetwork } from './useNetwork';
import { EditMember } from './EditMember';
import { MemberChoices } from './MemberChoices';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { modelErrorText, t } from '../../i18n';
import './NetworkPanel.css';

export interface NetworkPanelProps {
  /** May this person change the network (not a viewer, board not locked for them)? */
  readonly editable: boolean;
  readonly title?: string;
  /** The heading level the panel's title takes where it is placed. */
  readonly headingLevel?: 2 | 3 | 4;
  /** Where a newly added person is marked as being; scaling adds people "in the room". */
  readonly newAttendance?: Attendance;
  /** Shown under the title. */
  readonly hint?: string;
}

/**
 * The family's network: add, change and remove the people around the child. Compact enough to
 * sit beside a scaling round or the plan; every other part picks people from this one list.
 */
export function NetworkPanel({
  editable,
  title = t('network.NetworkPanel.title'),
  headingLevel = 3,
  newAttendance = 'not-present',
  hint,
}: NetworkPanelProps) {
  const { members } = useNetwork();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="network" aria-labelledby={headingId}>
      <Heading id={headingId} className="network__title">
        {title} <span className="network__count">{members.length}</span>
      </Heading>
      {hint && <p className="network__hint">{hint}</p>}
      {members.length === 0 ? (
        <p className="network__empty">{t('network.NetworkPanel.noOneHasBeenAdded')}</p>
      ) : (
        <ul className="network__list" aria-label={title}>
          {members.map((member) => (
            <MemberRow key={member.id} member={member} editable={editable} />
          ))}
        </ul>
      )}
      {editable && <AddMemberForm newAttendance={newAttendance} />}
    </section>
  );
}

function describe(member: NetworkMemberView): string {
  return [member.relationship, KIND_WORDS[member.kind], ATTENDANCE_WORDS[member.attendance]].filter(Boolean).join(' · ');
}

function MemberRow({ member, editable }: { member: NetworkMemberView; editable: boolean }) {
  const { update, remove } = useNetwork();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (editing) return <EditMember member={member} onDone={() => setEditing(false)} />;
  return (
    <li className={`network__member network__member--${member.attendance}`}>
      <div className="network__who">
        <span className="network__name">{member.name}</span>
        <span className="network__about">{describe(member)}</span>
      </div>
      {editable && !confirming && (
        <div className="network__actions">
          <label className="network__attendance">
            <span className="visually-hidden">{t('network.NetworkPanel.whereIs', { name: member.name })}</span>
            <select
              className="input input--compact"
              value={member.attendance}
              onChange={(e) => update(member.id, { attendance: e.target.value as Attendance })}
            >
              {ATTENDANCE.map((a) => (
                <option key={a} value={a}>
                  {ATTENDANCE_WORDS[a]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setEditing(true)}
            aria-label={t('network.NetworkPanel.changeSDetails', { name: member.name })}
          >
            {t('network.NetworkPanel.change')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setConfirming(true)}
            aria-label={t('network.NetworkPanel.remove2', { name: member.name })}
          >
            {t('network.NetworkPanel.remove')}
          </button>
        </div>
      )}
      {editable && confirming && (
        <div className="network__confirm" role="group" aria-label={t('network.NetworkPanel.remove3', { name: member.name })}>
          <span>{t('network.NetworkPanel.removeFromTheNetwork', { name: member.name })}</span>
          <button type="button" className="button button--danger button--small" onClick={() => remove(member.id)}>
            {t('network.NetworkPanel.yesRemove')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(false)}>
            {t('network.NetworkPanel.keep')}
          </button>
        </div>
      )}
    </li>
  );
}

interface MemberFields {
  name: string;
  relationship: string;
  attendance: Attendance;
  kind: MemberKind;
}

function MemberFieldset({ fields, onChange, idPrefix }: { fields: MemberFields; onChange: (f: MemberFields) => void; idPrefix: string }) {
  return (
    <div className="network__fields">
      <div className="network__field">
        <label htmlFor={`${idPrefix}-name`}>{t('network.NetworkPanel.name')}</label>
        <input
          id={`${idPrefix}-name`}
          className="input"
          value={fields.name}
          maxLength={80}
          autoComplete="off"
          onChange={(e) => onChange({ ...fields, name: e.target.value })}
        />
      </div>
      <div className="network__field">
        <label htmlFor={`${idPrefix}-relationship`}>{t('network.NetworkPanel.whoTheyAreToThe')}</label>
        <input
          id={`${idPrefix}-relationship`}
          className="input"
          value={fields.relationship}
          maxLength={80}
          autoComplete="off"
          placeholder={t('network.NetworkPanel.eGGranNeighbourTeacher')}
          onChange={(e) => onChange({ ...fields, relationship: e.target.value })}
        />
      </div>
      <MemberChoices
        idPrefix={idPrefix}
        attendance={fields.attendance}
        kind={fields.kind}
        onAttendance={(attendance) => onChange({ ...fields, attendance })}
        onKind={(kind) => onChange({ ...fields, kind })}
      />
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof ModelError ? modelErrorText(error) : t('common.couldNotSave');
}

function AddMemberForm({ newAttendance }: { newAttendance: Attendance }) {
  const { add } = useNetwork();
  const idPrefix = useId();
  // The typed words are kept on the device until added (they survive a change of part); the choices are not words.
  const words = useKeptWords('network.newMember', { name: '', relationship: '' });
  const [choices, setChoices] = useState<Pick<MemberFields, 'attendance' | 'kind'>>({ attendance: newAttendance, kind: 'family' });
  const fields: MemberFields = { ...words.value, ...choices };
  const setFields = (next: MemberFields) => {
    words.set({ name: next.name, relationship: next.relationship });
    setChoices({ attendance: next.attendance, kind: next.kind });
  };
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      add(fields);
      setAdded(fields.name.trim());
      words.clear();
      setChoices({ attendance: newAttendance, kind: 'family' });
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <form className="network__add" onSubmit={submit} aria-label={t('network.NetworkPanel.addAPersonToThe')}>
      <MemberFieldset fields={fields} onChange={setFields} idPrefix={idPrefix} />
      <KeptWordsNote words={words} />
      {error && (
        <p className="network__error" role="alert">
          {error}
        </p>
      )}
      <div className="network__buttons">
        <button type="submit" className="button button--primary">
          {t('network.NetworkPanel.addPerson')}
        </button>
        <span className="network__added" role="status">
          {added ? t('network.NetworkPanel.wasAdded', { added }) : ''}
        </span>
      </div>
    </form>
  );
}
