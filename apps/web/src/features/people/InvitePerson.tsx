import { Suspense, lazy, useId, useRef, useState, type FormEvent } from 'react';
import { useUnsentWords } from '../../lib/unsentDrafts';
import type { Role } from '../../api/roles';
import { copyText } from '../../lib/copyText';
import type { Invited, PeopleApi } from './peopleApi';

// The QR code's library loads only when a link is made, never with the board.
const LinkQrCode = lazy(() => import('./LinkQrCode').then((m) => ({ default: m.LinkQrCode })));

const ROLE_CHOICES: readonly { role: Role; label: string }[] = [
  { role: 'participant', label: 'Takes part (adds and changes things)' },
  { role: 'viewer', label: 'Only looks (cannot change anything)' },
  { role: 'facilitator', label: 'Runs the meeting with you' },
];

/** The chair invites one person and gets their own link: copy it, or show its QR code to the room. */
export function InvitePerson({
  api,
  onInvited,
}: {
  readonly api: PeopleApi;
  /** `network` is what to put on the network list for them, or null when the chair chose not to. */
  readonly onInvited: (invited: Invited, network: { readonly relationship: string } | null) => void;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  useUnsentWords(`${name}${relation}`.trim().length > 0);
  const [role, setRole] = useState<Role>('participant');
  // Family, friends and professionals belong on the network list; a screen in the room does not.
  const [onNetwork, setOnNetwork] = useState(true);
  const [invited, setInvited] = useState<Invited | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setCopied('');
    if (!name.trim()) return setProblem('Enter the name of the person you are inviting.');
    const result = await api.invite(name.trim(), role, relation.trim());
    if (!result.ok) return setProblem(result.message);
    setInvited(result.value);
    setName('');
    setRelation('');
    onInvited(result.value, onNetwork ? { relationship: relation.trim() } : null);
  }

  async function copy() {
    if (!invited) return;
    setCopied(
      (await copyText(invited.link, field.current)) ? `${invited.person.name}'s link is copied.` : 'Select the link and copy it yourself.',
    );
  }

  return (
    <div className="invite-person">
      <h3 id={`${id}-heading`}>Invite someone with their own link</h3>
      <form onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            Their name
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-relation`}>
            Who they are to the child (optional)
          </label>
          <input
            id={`${id}-relation`}
            className="input"
            value={relation}
            maxLength={80}
            placeholder="For example: Nan, school DSL"
            onChange={(e) => setRelation(e.target.value)}
            autoComplete="off"
          />
        </div>
        <fieldset className="field invite-person__roles">
          <legend className="field__label">What they can do</legend>
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
          <span>Also put them on the network list</span>
        </label>
        <button className="button button--primary" type="submit">
          Make their link
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
            This link is for <strong>{invited.person.name}</strong> only. It opens the board as them, without waiting.
          </p>
          <div className="invite-person__copy">
            <input
              ref={field}
              className="input input--link"
              readOnly
              value={invited.link}
              aria-label={`Link for ${invited.person.name}`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="button button--secondary" onClick={copy}>
              Copy {invited.person.name}'s link
            </button>
          </div>
          <p role="status" className="invite-person__copied">
            {copied}
          </p>
          <Suspense fallback={null}>
            <LinkQrCode link={invited.link} label={`QR code of ${invited.person.name}'s link`} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
