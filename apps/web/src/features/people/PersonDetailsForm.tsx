import { useId, useState, type FormEvent } from 'react';
import { ModelError, setPersonDetails, type NetworkMemberView } from '@kinboard/model';
import { useUnsentWords } from '../../lib/unsentDrafts';
import { useBoardSession } from '../../hooks/boardContext';
import { modelErrorText, t } from '../../i18n';
import { MemberOptions } from './MemberOptions';

/**
 * A person's details beyond their name: a professional's agency, contact details they agreed to
 * share in the plan copy, and the language they read.
 */
export function PersonDetailsForm({ members }: { readonly members: readonly NetworkMemberView[] }) {
  const { connection } = useBoardSession();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const member = members.find((m) => m.id === chosen) ?? null;
  const [agency, setAgency] = useState('');
  const [contact, setContact] = useState('');
  const [language, setLanguage] = useState('');
  const [interpretsFor, setInterpretsFor] = useState('');
  const [scalesToo, setScalesToo] = useState(false);
  const [told, setTold] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useUnsentWords(
    member !== null &&
      (agency.trim() !== (member.agency ?? '') || contact.trim() !== (member.contact ?? '') || language.trim() !== (member.language ?? '')),
  );
  if (members.length === 0) return null;

  function choose(memberId: string) {
    const next = members.find((m) => m.id === memberId);
    setChosen(memberId);
    setAgency(next?.agency ?? '');
    setContact(next?.contact ?? '');
    setLanguage(next?.language ?? '');
    setInterpretsFor(next?.interpretsFor ?? '');
    setScalesToo(next?.scalesToo ?? false);
    setTold('');
    setProblem(null);
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (!member) return;
    try {
      const interpreting = member.kind === 'interpreter' ? { interpretsFor: interpretsFor || null, scalesToo } : {};
      setPersonDetails(connection.doc, member.id, { agency, contact, language: language.trim() || null, ...interpreting });
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
        <select id={`${id}-who`} className="input" value={chosen} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('people.PersonDetailsForm.choose')}</option>
          <MemberOptions members={members} />
        </select>
      </div>
      {member && (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-agency`}>
              {t('people.PersonDetailsForm.whereTheyWorkForProfessionals')}
            </label>
            <input
              id={`${id}-agency`}
              className="input"
              value={agency}
              maxLength={80}
              onChange={(e) => setAgency(e.target.value)}
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
              value={contact}
              maxLength={200}
              onChange={(e) => setContact(e.target.value)}
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
              value={language}
              maxLength={35}
              onChange={(e) => setLanguage(e.target.value)}
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
                <select id={`${id}-for`} className="input" value={interpretsFor} onChange={(e) => setInterpretsFor(e.target.value)}>
                  <option value="">{t('people.InvitePerson.notSaid')}</option>
                  <MemberOptions members={members.filter((m) => m.id !== member.id && m.kind !== 'interpreter')} />
                </select>
              </div>
              <label className="checkbox">
                <input type="checkbox" checked={scalesToo} onChange={(e) => setScalesToo(e.target.checked)} />
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
