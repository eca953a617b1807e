/**
 * Changing a person's entry in the network, in place: the name and who they are to the child are
 * shared letter by letter as they are typed (like a statement), and where they are and what kind
 * of person they are change as soon as they are picked. Nothing waits for a button, so closing
 * the device mid-word loses nothing; "Done" only closes the box.
 */
import { useId, useState } from 'react';
import { editMemberWords, memberWordsText, type MemberWordField, type NetworkMemberView } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedTextBinding } from '../../hooks/useSharedTextBinding';
import { MemberChoices } from './MemberChoices';
import { useNetwork } from './useNetwork';
import { t } from '../../i18n';
import './EditMember.css';

function useMemberWords(memberId: string, field: MemberWordField) {
  const { connection } = useBoardSession();
  const doc = connection.doc;
  return useSharedTextBinding<HTMLInputElement>(`${memberId}:${field}`, {
    text: () => memberWordsText(doc, memberId, field),
    write: (value) => editMemberWords(doc, memberId, field, value),
  });
}

export function EditMember({ member, onDone }: { member: NetworkMemberView; onDone: () => void }) {
  const { update } = useNetwork();
  const id = useId();
  const nameRef = useMemberWords(member.id, 'name');
  const relationshipRef = useMemberWords(member.id, 'relationship');
  const [askedForName, setAskedForName] = useState(false);
  const nameMissing = member.name.trim().length === 0;
  const done = () => {
    if (nameMissing) {
      setAskedForName(true);
      nameRef.current?.focus();
      return;
    }
    onDone();
  };
  return (
    <li className="network__member network__member--editing">
      <fieldset className="network__edit">
        <legend className="network__edit-legend">
          {t('network.EditMember.change')} {member.name.trim() || t('network.EditMember.thisPerson')}
          {t('network.EditMember.sDetails')}
        </legend>
        <p className="network__hint">{t('network.EditMember.changesAreSharedAsYou')}</p>
        <div className="network__fields">
          <div className="network__field">
            <label htmlFor={`${id}-name`}>{t('network.EditMember.name')}</label>
            <input
              id={`${id}-name`}
              ref={nameRef}
              className="input"
              maxLength={80}
              autoComplete="off"
              aria-invalid={nameMissing && askedForName}
              aria-describedby={`${id}-name-hint`}
            />
            <span id={`${id}-name-hint`} className="network__field-hint" aria-live="polite">
              {nameMissing ? t('network.EditMember.aNameIsNeeded') : ''}
            </span>
          </div>
          <div className="network__field">
            <label htmlFor={`${id}-relationship`}>{t('network.EditMember.whoTheyAreToThe')}</label>
            <input
              id={`${id}-relationship`}
              ref={relationshipRef}
              className="input"
              maxLength={80}
              autoComplete="off"
              placeholder={t('network.EditMember.eGGranNeighbourTeacher')}
            />
          </div>
          <MemberChoices
            idPrefix={id}
            attendance={member.attendance}
            kind={member.kind}
            onAttendance={(attendance) => update(member.id, { attendance })}
            onKind={(kind) => update(member.id, { kind })}
          />
        </div>
        <div className="network__buttons">
          <button type="button" className="button button--primary" onClick={done}>
            {t('network.EditMember.done')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
