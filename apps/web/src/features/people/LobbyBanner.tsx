import { useMemo, useState } from 'react';
import { useBoardSession } from '../../hooks/boardContext';
import { peopleApi, type Waiting } from './peopleApi';
import { usePeopleOnBoard } from './usePeopleOnBoard';
import './people.css';

/**
 * For the chair, wherever they are on the board: the people waiting to join by a shared link,
 * each to admit as a participant or a viewer, to admit as someone already on the board, or to turn away.
 */
export function LobbyBanner() {
  const { connection } = useBoardSession();
  const api = useMemo(() => peopleApi(connection.boardId, connection.secret), [connection]);
  const board = usePeopleOnBoard(api, true);
  const [problem, setProblem] = useState<string | null>(null);
  const [told, setTold] = useState('');

  async function decide(who: Waiting, admit: boolean, as: { role?: 'participant' | 'viewer'; person?: string } = {}) {
    setProblem(null);
    const result = await api.decide(who.request, admit, as);
    if (!result.ok) return setProblem(result.message);
    const person = as.person ? board.people.find((p) => p.id === as.person)?.name : null;
    setTold(admit ? `${who.name} was let in${person ? ` as ${person}` : as.role ? ` as a ${as.role}` : ''}.` : `${who.name} was turned away.`);
    board.refresh();
  }

  return (
    <section className="lobby" aria-labelledby="lobby-heading" hidden={board.waiting.length === 0 && !told && !problem}>
      <h2 id="lobby-heading" className="lobby__heading">
        Waiting to join
      </h2>
      <ul className="lobby__list">
        {board.waiting.map((who) => (
          <li key={who.request} className="lobby__person">
            <span className="lobby__name">
              Waiting to join: <strong>{who.name}</strong>
            </span>
            <span className="lobby__actions">
              <button type="button" className="button button--primary" onClick={() => void decide(who, true, { role: 'participant' })}>
                Admit as participant
              </button>
              <button type="button" className="button button--secondary" onClick={() => void decide(who, true, { role: 'viewer' })}>
                Admit as viewer
              </button>
              <button type="button" className="button button--danger-quiet" onClick={() => void decide(who, false)}>
                Turn away
              </button>
              {board.people.length > 0 && <SamePerson who={who} people={board.people} onChoose={(person) => void decide(who, true, { person })} />}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="lobby__told">
        {told}
      </p>
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function SamePerson({ who, people, onChoose }: { who: Waiting; people: readonly { id: string; name: string }[]; onChoose: (id: string) => void }) {
  const [chosen, setChosen] = useState('');
  const named = people.filter((p) => p.name);
  return (
    <span className="lobby__same">
      <label>
        <span className="lobby__same-label">Or {who.name} is</span>{' '}
        <select className="input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">someone already on the board…</option>
          {named.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--secondary" disabled={!chosen} onClick={() => onChoose(chosen)}>
        Admit as them
      </button>
    </span>
  );
}
