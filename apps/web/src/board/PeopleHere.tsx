import { usePeopleAtMeeting } from './usePeopleCount';
import { initials } from '../features/network';
import { t } from '../i18n';
import './PeopleHere.css';

/**
 * Who is at the meeting now: everyone with the board open, with their colour and role, and the
 * network members the facilitator has marked "in the room" (there without a device of their own).
 */
export function PeopleHere() {
  const { people, inRoom } = usePeopleAtMeeting();
  return (
    <div className="people">
      <p className="people__heading" aria-hidden="true">
        {t('board.PeopleHere.peopleHere')} <span className="people__count">{people.length + inRoom.length}</span>
      </p>
      <ul className="people__list" aria-label={t('board.PeopleHere.peopleHere')}>
        {people.map((person) => (
          <li key={person.id} className="person" style={{ '--person-colour': person.color } as React.CSSProperties}>
            <span className="person__mark" aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="person__name">
              {person.name}
              {person.isMe && <span className="person__you"> {t('board.PeopleHere.you')}</span>}
            </span>
            <span className="person__role">{t('people.roleWord', { role: person.role })}</span>
          </li>
        ))}
        {inRoom.map((member) => (
          <li key={member.id} className="person person--in-room" style={{ '--person-colour': '#505a5f' } as React.CSSProperties}>
            <span className="person__mark" aria-hidden="true">
              {initials(member.name)}
            </span>
            <span className="person__name">{member.name}</span>
            <span className="person__role">{t('board.PeopleHere.inTheRoom')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
