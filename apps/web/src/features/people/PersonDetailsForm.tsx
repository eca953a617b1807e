import { useEffect, useId, useState, type FormEvent } from 'react';
import { ModelError, setPersonDetails, type NetworkMemberView } from '@kinboard/model';
import { useKeptDraft } from '../../hooks/useKeptDraft';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import { useBoardSession } from '../../hooks/boardContext';
import { modelErrorText, t } from '../../i18n';
import { MemberOptions } from './MemberOptions';
import { interfaceLanguageOf, recordsAfter } from './languageInStep';
import { peopleApi } from './peopleApi';
import { type PersonDetails, detailsOf, fitDetails, sameDetails } from './personDetails';

/**
 * A person's details beyond their name: a professional's agency, contact details they agreed to
 * share in the plan copy, and the language they read.
 */
export function PersonDetailsForm({
  members,
  onRecordsChanged,
}: {
  readonly members: readonly NetworkMemberView[];
  /** The people's records took the language written here (their devices open in it). */
  readonly onRecordsChanged?: () => void;
}) {
  const { connection } = useBoardSession();
  const id = useId();
  // Details changed but not saved wait on this device, with whose they are, across parts and reloads.
  const kept = useKeptDraft('people.details', fitDetails);
  const [chosen, setChosen] = useState(() => kept.value?.memberId ?? '');
  const member = members.find((m) => m.id === chosen) ?? null;
  const saved = member ? detailsOf(member) : null;
  const details = kept.value && kept.value.memberId === chosen ? kept.value : saved;
  const [told, setTold] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Details kept for someone taken off the list since have nobody to be saved for.
  const orphaned = kept.value !== null && members.length > 0 && !members.some((m) => m.id === kept.value?.memberId);
  useEffect(() => {
    if (orphaned) kept.set(null);
  }, [orphaned, kept.set]);
  if (members.length === 0) return null;

  function change(changes: Partial<PersonDetails>) {
    if (!details) return;
    const next = { ...details, ...changes };
    kept.set(saved && sameDetails(next, saved) ? null : next);
    setTold('');
  }

  function choose(memberId: string) {
    setChosen(memberId);
    kept.set(null);
    setTold('');
    setProblem(null);
  }

  /** A language Kinboard speaks, written for someone with their own link, goes on their record too. */
  async function languageToRecords(entry: NetworkMemberView, tag: string | null) {
    const changes = recordsAfter(entry, tag, () => interfaceLanguageOf(entry.language));
    if (changes.length === 0) return;
    const api = peopleApi(connection.boardId, connection.secret, connection.credential);
    for (const [personId, code] of changes) {
      const result = await api.setLanguage(personId, code);
      if (!result.ok) setProblem(result.message);
    }
    onRecordsChanged?.();
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (!member || !details) return;
    try {
      const { agency, contact, language, interpretsFor, scalesToo } = details;
      const interpreting = member.kind === 'interpreter' ? { interpretsFor: interpretsFor || null, scalesToo } : {};
      setPersonDetails(connection.doc, member.id, { agency, contact, language: language.trim() || null, ...interpreting });
      kept.set(null);
      void languageToRecords(member, language.trim() || null);
      setProblem(null);
      setTold(t('people.PersonDetailsForm.saved', { name: member.name }));
    } catch (error) {
      setProblem(error instanceof ModelError ? modelErrorText(error) : t('people.PersonDetailsForm.failed'));
    }
  }

  return (
    <form className="person-details" onSubmit={save} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('people.PersonDetailsForm.moreAboutSomeoneOnThe')}</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-who`}>
          {t('people.PersonDetailsForm.who')}
        </label>
        <select
          id={`${id}-who`}
          className="input"
          value={chosen}
          onChange={(e) => choose(e.target.value)}
          aria-describedby={kept.restored ? kept.noteId : undefined}
        >
          <option value="">{t('people.PersonDetailsForm.choose')}</option>
          <MemberOptions members={members} />
        </select>
        <KeptWordsNote words={kept} />
      </div>
      {member && details && (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-agency`}>
              {t('people.PersonDetailsForm.whereTheyWorkForProfessionals')}
            </label>
            <input
              id={`${id}-agency`}
              className="input"
              value={details.agency}
              maxLength={80}
              onChange={(e) => change({ agency: e.target.value })}
              autoComplete="off"
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-contact`}>
              {t('people.PersonDetailsForm.contactDetailsTheyAreHappy')}
            </label>
            <p className="field__hint" id={`${id}-contact-hint`}>
              {t('people.PersonDetailsForm.onlyWithTheirAgreementEveryone')}
            </p>
            <input
              id={`${id}-contact`}
              className="input"
              value={details.contact}
              maxLength={200}
              onChange={(e) => change({ contact: e.target.value })}
              aria-describedby={`${id}-contact-hint`}
              autoComplete="off"
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-language`}>
              {t('people.PersonDetailsForm.theLanguageTheyRead')}
            </label>
            <p className="field__hint" id={`${id}-language-hint`}>
              {t('people.PersonDetailsForm.asAShortCodeEn')}
            </p>
            <input
              id={`${id}-language`}
              className="input input--short"
              value={details.language}
              maxLength={35}
              onChange={(e) => change({ language: e.target.value })}
              aria-describedby={`${id}-language-hint`}
              autoComplete="off"
            />
          </div>
          {member.kind === 'interpreter' && (
            <>
              <div className="field">
                <label className="field__label" htmlFor={`${id}-for`}>
                  {t('people.InvitePerson.whoseWords')}
                </label>
                <select
                  id={`${id}-for`}
                  className="input"
                  value={details.interpretsFor}
                  onChange={(e) => change({ interpretsFor: e.target.value })}
                >
                  <option value="">{t('people.InvitePerson.notSaid')}</option>
                  <MemberOptions members={members.filter((m) => m.id !== member.id && m.kind !== 'interpreter')} />
                </select>
              </div>
              <label className="checkbox">
                <input type="checkbox" checked={details.scalesToo} onChange={(e) => change({ scalesToo: e.target.checked })} />
                <span>{t('people.PersonDetailsForm.scalesToo')}</span>
              </label>
            </>
          )}
          <button type="submit" className="button button--secondary">
            {t('people.PersonDetailsForm.saveSDetails', { name: member.name })}
          </button>
        </>
      )}
      <p role="status">{told}</p>
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
