import { useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useBoardSession } from '../../hooks/boardContext';
import { useAwarenessView } from '../../hooks/useAwarenessView';
import { useMeeting } from './meetingContext';
import { PanelNews } from './PanelNews';
import { ConfirmAction } from './ConfirmAction';
import { rememberLinks } from '../../lib/boardMemory';
import { connectedPeople, type Connected } from './peopleConnected';
import './meetingPanel.css';
import './PeoplePanel.css';

function useConnected(awareness: Awareness): readonly Connected[] {
  return useAwarenessView(awareness, connectedPeople);
}

/** Remove someone from the meeting, and optionally replace their link so they cannot come back with it. */
export function PeoplePanel() {
  const { connection } = useBoardSession();
  const { admin } = useMeeting();
  const people = useConnected(connection.awareness);
  const [replaceLink, setReplaceLink] = useState<Record<number, boolean>>({});
  const [told, setTold] = useState('');
  const [newLink, setNewLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove(person: Connected) {
    setProblem(null);
    setNewLink(null);
    const result = await admin.removePerson(person.clientId, replaceLink[person.clientId] === true);
    if (!result.ok) return setProblem(result.message);
    if (result.value.link) rememberLinks(connection.boardId, { [person.role]: result.value.link });
    setTold(
      result.value.link
        ? `${person.name} was removed and the ${person.role} link was replaced. Send the new link below to everyone else who uses it.`
        : `${person.name} was removed from the board. They can come back with their link unless you replace it.`,
    );
    setNewLink(result.value.link);
  }

  return (
    <section className="meeting-panel" aria-labelledby="remove-heading">
      <h2 id="remove-heading">Remove someone</h2>
      {people.length === 0 ? (
        <p>Nobody else has the board open.</p>
      ) : (
        <ul className="people-to-remove">
          {people.map((person) => (
            <li key={person.clientId}>
              <span className="people-to-remove__who">
                <strong>{person.name}</strong> <span className="people-to-remove__role">{person.role}</span>
              </span>
              <ConfirmAction
                label={`Remove ${person.name}`}
                question={<p>Remove {person.name} from the board now? Their screen will say the person running the meeting removed them.</p>}
                confirmLabel={`Yes, remove ${person.name}`}
                onConfirm={() => remove(person)}
                danger
              >
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={replaceLink[person.clientId] === true}
                    onChange={(e) => setReplaceLink((r) => ({ ...r, [person.clientId]: e.target.checked }))}
                  />
                  <span>Also replace their link ({person.role} link), so they cannot come back with it</span>
                </label>
              </ConfirmAction>
            </li>
          ))}
        </ul>
      )}
      <PanelNews told={told} problem={problem}>
        {newLink && <input className="input input--link" readOnly value={newLink} aria-label="The new link" onFocus={(e) => e.currentTarget.select()} />}
      </PanelNews>
    </section>
  );
}
