import { useMemo, useState } from 'react';
import { useBoardSession } from '../../hooks/boardContext';
import { peopleApi, type Waiting } from './peopleApi';
import { usePeopleOnBoard } from './usePeopleOnBoard';
import { usePersonLinks } from './usePersonLinks';
import { t } from '../../i18n';
import './people.css';
import { MemberOptions } from './MemberOptions';

/**
 * For the chair, wherever they are on the board: the people waiting to join by a shared link,
 * each to admit as a participant or a viewer, to admit as someone already on the board, or to turn away.
 */
export function LobbyBanner() {
  const { connection } = useBoardSession();
  const api = useMemo(() => peopleApi(connection.boardId, connection.secret, connection.credential), [connection]);
  const board = usePeopleOnBoard(api, true);
  const links = usePersonLinks();
  const [problem, setProblem] = useState<string | null>(null);
  const [told, setTold] = useState('');

  async function decide(who: Waiting, admit: boolean, as: { role?: 'participant' | 'viewer'; person?: string } = {}) {
    setProblem(null);
    const result = await api.decide(who.request, admit, as);
    if (!result.ok) return setProblem(result.message);
    const person = as.person ? board.people.find((p) => p.id === as.person)?.name : null;
    setTold(
      admit
        ? person
          ? t('people.lobby.letInAsPerson', { name: who.name, person })
          : as.role
            ? t('people.lobby.letInAsRole', { name: who.name, role: as.role })
            : t('people.lobby.letIn', { name: who.name })
        : t('people.lobby.turnedAway', { name: who.name }),
    );
    board.refresh();
  }

  /** Admits a newcomer as a participant and ties them to their entry on the network list. */
  async function admitAsMember(who: Waiting, memberId: string) {
    const before = new Set(board.people.map((p) => p.id));
    setProblem(null);
    const result = await api.decide(who.request, true, { role: 'participant' });
    if (!result.ok) return setProblem(result.message);
    const list = await api.list();
    const admitted = list.ok ? list.value.people.find((p) => !before.has(p.id) && p.name === who.name) : undefined;
    if (admitted) links.link(admitted.id, memberId);
    const member = links.members.find((m) => m.id === memberId)?.name ?? '';
    setTold(admitted ? t('people.lobby.letInAsMember', { name: who.name, member }) : t('people.lobby.letIn', { name: who.name }));
    board.refresh();
  }

  return (
    <section className="lobby" aria-labelledby="lobby-heading" hidden={board.waiting.length === 0 && !told && !problem}>
      <h2 id="lobby-heading" className="lobby__heading">
        {t('people.LobbyBanner.waitingToJoin')}
      </h2>
      <ul className="lobby__list">
        {board.waiting.map((who) => (
          <li key={who.request} className="lobby__person">
            <span className="lobby__name">
              {t('people.LobbyBanner.waitingToJoin2')} <strong>{who.name}</strong>
            </span>
            <span className="lobby__actions">
              <button type="button" className="button button--primary" onClick={() => void decide(who, true, { role: 'participant' })}>
                {t('people.LobbyBanner.admitAsParticipant')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => void decide(who, true, { role: 'viewer' })}>
                {t('people.LobbyBanner.admitAsViewer')}
              </button>
              <button type="button" className="button button--danger-quiet" onClick={() => void decide(who, false)}>
                {t('people.LobbyBanner.turnAway')}
              </button>
              {(board.people.length > 0 || links.members.length > 0) && (
                <SamePerson
                  who={who}
                  people={board.people}
                  members={links.members.filter((m) => m.personIds.length === 0)}
                  onChoose={(choice) =>
                    void (choice.startsWith('m:') ? admitAsMember(who, choice.slice(2)) : decide(who, true, { person: choice.slice(2) }))
                  }
                />
              )}
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

interface SamePersonProps {
  readonly who: Waiting;
  readonly people: readonly { id: string; name: string }[];
  readonly members: readonly { id: string; name: string; relationship: string }[];
  /** `p:{personId}` for someone with a link already, `m:{memberId}` for an entry on the network list. */
  readonly onChoose: (choice: string) => void;
}

function SamePerson({ who, people, members, onChoose }: SamePersonProps) {
  const [chosen, setChosen] = useState('');
  const named = people.filter((p) => p.name);
  return (
    <span className="lobby__same">
      <label>
        <span className="lobby__same-label">{t('people.LobbyBanner.orIs', { name: who.name })}</span>{' '}
        <select className="input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('people.LobbyBanner.someoneAlreadyKnown')}</option>
          {named.length > 0 && (
            <optgroup label={t('people.LobbyBanner.hasALinkToThis')}>
              {named.map((p) => (
                <option key={p.id} value={`p:${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          )}
          {members.length > 0 && (
            <optgroup label={t('people.LobbyBanner.onTheNetworkList')}>
              <MemberOptions members={members} valuePrefix="m:" />
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" className="button button--secondary" disabled={!chosen} onClick={() => onChoose(chosen)}>
        {t('people.LobbyBanner.admitAsThem')}
      </button>
    </span>
  );
}
