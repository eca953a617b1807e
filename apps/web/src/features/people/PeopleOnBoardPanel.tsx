import { useMemo, useState } from 'react';
import { useBoardSession } from '../../hooks/boardContext';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { InvitePerson } from './InvitePerson';
import { MergeEntries } from './MergeEntries';
import { PersonDetailsForm } from './PersonDetailsForm';
import { usePersonLinks } from './usePersonLinks';
import { peopleApi } from './peopleApi';
import { usePeopleOnBoard } from './usePeopleOnBoard';
import { LOCALES, t } from '../../i18n';
import { interpreterLine, ownName } from './languageNames';
import './people.css';
import { MemberOptions } from './MemberOptions';
import { entryLanguageAfter } from './languageInStep';
import { setPersonDetails } from '@kinboard/model';

const ROLE_WORDS = {
  get facilitator() {
    return t('people.role.facilitator');
  },
  get participant() {
    return t('people.role.participant');
  },
  get viewer() {
    return t('people.role.viewer');
  },
} as const;

/**
 * The chair's list of the people on the board: invite someone with their own link, see who is
 * connected, and remove one person (only them: their link stops and their screen is cleared).
 */
export function PeopleOnBoardPanel() {
  const { connection, me } = useBoardSession();
  const api = useMemo(() => peopleApi(connection.boardId, connection.secret, connection.credential), [connection]);
  const board = usePeopleOnBoard(api, true);
  const links = usePersonLinks();
  const [told, setTold] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const others = board.people.filter((p) => p.id !== me.id && (p.hasLink || p.connected || p.role !== 'facilitator'));

  async function remove(id: string, name: string) {
    setProblem(null);
    const result = await api.remove(id);
    if (!result.ok) return setProblem(result.message);
    setTold(t('people.PeopleOnBoardPanel.removed', { name }));
    board.refresh();
  }

  async function setLanguage(id: string, language: string) {
    setProblem(null);
    const result = await api.setLanguage(id, language || null);
    if (!result.ok) return setProblem(result.message);
    // Their entry on the network list reads the same language from now on.
    const member = links.memberOf(id);
    const entry = entryLanguageAfter(member, language || null);
    if (member && entry !== undefined) setPersonDetails(connection.doc, member.id, { language: entry });
    board.refresh();
  }

  async function setAdmission(required: boolean) {
    const result = await api.setAdmission(required);
    if (!result.ok) return setProblem(result.message);
    board.refresh();
  }

  return (
    <section className="meeting-panel people-on-board" aria-labelledby="people-on-board-heading">
      <h2 id="people-on-board-heading">{t('people.PeopleOnBoardPanel.peopleOnThisBoard')}</h2>
      {others.length === 0 ? (
        <p>{t('people.PeopleOnBoardPanel.nobodyElseIsOnThis')}</p>
      ) : (
        <ul className="people-on-board__list">
          {others.map((person) => (
            <li key={person.id} className="people-on-board__person">
              <span className="people-on-board__who">
                <strong>{person.name || t('people.PeopleOnBoardPanel.someoneWithoutAName')}</strong>
                {person.relation && <span> ({person.relation})</span>}
                {person.language && (
                  <span className="people-on-board__language">
                    {' · '}
                    <span lang={person.language}>{ownName(person.language)}</span>
                  </span>
                )}
                {interpreterLine(links.memberOf(person.id), links.members) && (
                  <span className="people-on-board__interpreter"> · {interpreterLine(links.memberOf(person.id), links.members)}</span>
                )}
                <span className="people-on-board__role"> {ROLE_WORDS[person.role]}</span>
                <span className={person.connected ? 'people-on-board__here' : 'people-on-board__away'}>
                  {person.connected ? t('people.PeopleOnBoardPanel.hereNow') : t('people.PeopleOnBoardPanel.notHere')}
                </span>
              </span>
              <label className="people-on-board__entry">
                <span>{t('people.PeopleOnBoardPanel.language')}</span>{' '}
                <select
                  className="input"
                  value={person.language ?? ''}
                  onChange={(e) => void setLanguage(person.id, e.target.value)}
                  aria-label={t('people.PeopleOnBoardPanel.languageOf', { name: person.name || t('people.thisPersonCapital') })}
                >
                  <option value="">{t('people.PeopleOnBoardPanel.languageNotChosen')}</option>
                  {LOCALES.map((l) => (
                    <option key={l.code} value={l.code} lang={l.code}>
                      {l.name}
                    </option>
                  ))}
                </select>
              </label>
              {links.members.length > 0 && (
                <label className="people-on-board__entry">
                  <span>{t('people.PeopleOnBoardPanel.onTheNetworkListAs')}</span>{' '}
                  <select
                    className="input"
                    value={links.memberOf(person.id)?.id ?? ''}
                    onChange={(e) => links.link(person.id, e.target.value || null)}
                    aria-label={t('people.PeopleOnBoardPanel.onTheNetworkListAs2', { value: person.name || t('people.thisPersonCapital') })}
                  >
                    <option value="">{t('people.PeopleOnBoardPanel.notOnTheList')}</option>
                    <MemberOptions members={links.members} />
                  </select>
                </label>
              )}
              <ConfirmAction
                label={t('people.PeopleOnBoardPanel.remove', { value: person.name || t('people.PeopleOnBoardPanel.thisPerson') })}
                question={
                  <p>
                    {t('people.PeopleOnBoardPanel.remove2')} {person.name || t('people.PeopleOnBoardPanel.thisPerson')}{' '}
                    {t('people.PeopleOnBoardPanel.fromTheBoardNowTheir')}
                  </p>
                }
                confirmLabel={t('people.PeopleOnBoardPanel.yesRemove', { value: person.name || t('people.them') })}
                onConfirm={() => remove(person.id, person.name || t('people.thisPersonCapital'))}
                danger
              />
            </li>
          ))}
        </ul>
      )}
      <p className="meeting-panel__told" role="status">
        {told}
      </p>
      {(problem ?? board.problem) && (
        <p className="meeting-problem" role="alert">
          {problem ?? board.problem}
        </p>
      )}
      <MergeEntries members={links.members} onMerge={links.merge} />
      <PersonDetailsForm members={links.members} onRecordsChanged={board.refresh} />
      <InvitePerson
        api={api}
        members={links.members}
        onInvited={(invited, network) => {
          if (network) links.addToNetwork(invited.person.id, invited.person.name, network.relationship, network.interpreter);
          board.refresh();
        }}
      />
      {board.admissionRequired !== null && (
        <label className="checkbox people-on-board__admission">
          <input type="checkbox" checked={board.admissionRequired} onChange={(e) => void setAdmission(e.target.checked)} />
          <span>{t('people.PeopleOnBoardPanel.peopleWhoOpenTheShared')}</span>
        </label>
      )}
    </section>
  );
}
