import { Suspense, lazy, useId, useRef, useState, type FormEvent } from 'react';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import type { Role } from '../../api/roles';
import { copyText } from '../../lib/copyText';
import type { NetworkMemberView } from '@kinboard/model';
import type { Invited, PeopleApi } from './peopleApi';
import { INTERPRETED_LANGUAGES, readersName } from './languageNames';
import type { Interpreting } from './usePersonLinks';
import { t } from '../../i18n';
import { MemberOptions } from './MemberOptions';

// The QR code's library loads only when a link is made, never with the board.
const LinkQrCode = lazy(() => import('./LinkQrCode').then((m) => ({ default: m.LinkQrCode })));

const ROLE_CHOICES: readonly { role: Role; label: string }[] = [
  {
    role: 'participant',
    get label() {
      return t('people.invite.role.participant');
    },
  },
  {
    role: 'viewer',
    get label() {
      return t('people.invite.role.viewer');
    },
  },
  {
    role: 'facilitator',
    get label() {
      return t('people.invite.role.facilitator');
    },
  },
];

/** The chair invites one person and gets their own link: copy it, or show its QR code to the room. */
export function InvitePerson({
  api,
  members,
  onInvited,
}: {
  readonly api: PeopleApi;
  /** The network list, for whose words an interpreter interprets. */
  readonly members: readonly NetworkMemberView[];
  /** `network` is what to put on the network list for them, or null when the chair chose not to. */
  readonly onInvited: (
    invited: Invited,
    network: { readonly relationship: string; readonly interpreter: Interpreting | null } | null,
  ) => void;
}) {
  const id = useId();
  const words = useKeptWords('people.invite', { name: '', relation: '' });
  const { name, relation } = words.value;
  const setName = (next: string) => words.set((previous) => ({ ...previous, name: next }));
  const setRelation = (next: string) => words.set((previous) => ({ ...previous, relation: next }));
  const [role, setRole] = useState<Role>('participant');
  // Family, friends and professionals belong on the network list; a screen in the room does not.
  const [onNetwork, setOnNetwork] = useState(true);
  // An interpreter joins as a person of their own, with the language they interpret and whose words.
  const [interpreter, setInterpreter] = useState(false);
  const [interprets, setInterprets] = useState('');
  const [forMember, setForMember] = useState('');
  const [invited, setInvited] = useState<Invited | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setCopied('');
    if (!name.trim()) return setProblem(t('people.InvitePerson.enterName'));
    const result = await api.invite(name.trim(), role, relation.trim());
    if (!result.ok) return setProblem(result.message);
    setInvited(result.value);
    words.clear();
    const interpreting = interpreter ? { language: interprets || null, forMember: forMember || null } : null;
    onInvited(result.value, onNetwork || interpreter ? { relationship: relation.trim(), interpreter: interpreting } : null);
    setInterpreter(false);
    setInterprets('');
    setForMember('');
  }

  async function copy() {
    if (!invited) return;
    setCopied(
      (await copyText(invited.link, field.current))
        ? t('people.InvitePerson.copied', { name: invited.person.name })
        : t('common.copyYourself'),
    );
  }

  return (
    <div className="invite-person">
      <h3 id={`${id}-heading`}>{t('people.InvitePerson.inviteSomeoneWithTheirOwn')}</h3>
      <form onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('people.InvitePerson.theirName')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={words.restored ? words.noteId : undefined}
            autoComplete="off"
          />
          <KeptWordsNote words={words} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-relation`}>
            {t('people.InvitePerson.whoTheyAreToThe')}
          </label>
          <input
            id={`${id}-relation`}
            className="input"
            value={relation}
            maxLength={80}
            placeholder={t('people.InvitePerson.forExampleNanSchoolDsl')}
            onChange={(e) => setRelation(e.target.value)}
            autoComplete="off"
          />
        </div>
        <fieldset className="field invite-person__roles">
          <legend className="field__label">{t('people.InvitePerson.whatTheyCanDo')}</legend>
          {ROLE_CHOICES.map((choice) => (
            <label key={choice.role} className="radio">
              <input
                type="radio"
                name={`${id}-role`}
                value={choice.role}
                checked={role === choice.role}
                onChange={() => {
                  setRole(choice.role);
                  setOnNetwork(choice.role !== 'viewer');
                }}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={onNetwork} onChange={(e) => setOnNetwork(e.target.checked)} />
          <span>{t('people.InvitePerson.alsoPutThemOnThe')}</span>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={interpreter} onChange={(e) => setInterpreter(e.target.checked)} />
          <span>{t('people.InvitePerson.theyAreAnInterpreter')}</span>
        </label>
        {interpreter && (
          <div className="invite-person__interpreter">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-interprets`}>
                {t('people.InvitePerson.languageTheyInterpret')}
              </label>
              <select id={`${id}-interprets`} className="input" value={interprets} onChange={(e) => setInterprets(e.target.value)}>
                <option value="">{t('people.InvitePerson.chooseALanguage')}</option>
                {INTERPRETED_LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {readersName(code)}
                  </option>
                ))}
              </select>
            </div>
            {members.length > 0 && (
              <div className="field">
                <label className="field__label" htmlFor={`${id}-for`}>
                  {t('people.InvitePerson.whoseWords')}
                </label>
                <select id={`${id}-for`} className="input" value={forMember} onChange={(e) => setForMember(e.target.value)}>
                  <option value="">{t('people.InvitePerson.notSaid')}</option>
                  <MemberOptions members={members.filter((m) => m.kind !== 'interpreter')} />
                </select>
              </div>
            )}
            <p className="field__hint">{t('people.InvitePerson.interpreterScaleHint')}</p>
          </div>
        )}
        <button className="button button--primary" type="submit">
          {t('people.InvitePerson.makeTheirLink')}
        </button>
      </form>
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
      {invited && (
        <div className="invite-person__result">
          <p>
            {t('people.InvitePerson.thisLinkIsFor')} <strong>{invited.person.name}</strong> {t('people.InvitePerson.onlyItOpensTheBoard')}
          </p>
          <div className="invite-person__copy">
            <input
              ref={field}
              className="input input--link"
              readOnly
              value={invited.link}
              aria-label={t('people.InvitePerson.linkFor', { name: invited.person.name })}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="button button--secondary" onClick={copy}>
              {t('people.InvitePerson.copySLink', { name: invited.person.name })}
            </button>
          </div>
          <p role="status" className="invite-person__copied">
            {copied}
          </p>
          <Suspense fallback={null}>
            <LinkQrCode link={invited.link} label={t('people.InvitePerson.qrCodeOfSLink', { name: invited.person.name })} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
