import { useBoardSession } from '../hooks/boardContext';
import { usePeopleHere } from '../hooks/usePeopleHere';

/** Who has the board open now, with their colour and role. */
export function PeopleHere() {
  const { connection } = useBoardSession();
  const people = usePeopleHere(connection.awareness);
  return (
    <div className="people">
      <p className="people__heading" aria-hidden="true">
        People here <span className="people__count">{people.length}</span>
      </p>
      <ul className="people__list" aria-label="People here">
        {people.map((person) => (
          <li key={person.id} className="person" style={{ '--person-colour': person.color } as React.CSSProperties}>
            <span className="person__mark" aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="person__name">
              {person.name}
              {person.isMe && <span className="person__you"> (you)</span>}
            </span>
            <span className="person__role">{person.role}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Up to two letters from a name, skipping brackets and other marks: "Priya (chair)" → "PC". */
function initials(name: string): string {
  const words = name.match(/\p{L}[\p{L}\p{M}'-]*/gu) ?? [];
  if (words.length === 0) return '?';
  const letters = words.length > 1 ? words[0]!.charAt(0) + words[words.length - 1]!.charAt(0) : words[0]!.slice(0, 2);
  return letters.toUpperCase();
}
