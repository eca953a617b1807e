import { useEffect, useId, useState } from 'react';
import { useKeptWords } from '../../hooks/useKeptWords';
import { KeptWordsNote } from '../../ui/KeptWordsNote';
import type { Role } from '../../api/roles';
import { CopyLinkField } from '../../ui/CopyLinkField';
import { useBoardSession } from '../../hooks/boardContext';
import { useMeeting } from './meetingContext';
import { PanelNews } from './PanelNews';
import { knownLinks, rememberLinks, type KnownLinks } from '../../lib/boardMemory';
import { useSharedLink } from './useSharedLink';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { LockButton } from './LockButton';
import { expiryText, fromDateTimeInput, toDateTimeInput } from './expiryTime';
import { t } from '../../i18n';
import './meetingPanel.css';
import './LinksPanel.css';
import { ShowOnRoomButton } from '../../ui/ShowOnRoomButton';
import { ROOM_JOIN } from '@kinboard/model';

const LINKS: readonly { role: Role; label: string; who: string }[] = [
  {
    role: 'facilitator',
    get label() {
      return t('meeting.link.facilitator.label');
    },
    get who() {
      return t('meeting.link.facilitator.who');
    },
  },
  {
    role: 'participant',
    get label() {
      return t('meeting.link.participant.label');
    },
    get who() {
      return t('meeting.link.participant.who');
    },
  },
  {
    role: 'viewer',
    get label() {
      return t('meeting.link.viewer.label');
    },
    get who() {
      return t('meeting.link.viewer.who');
    },
  },
];

/** The three links: copy, replace, expire; and the lock. */
export function LinksPanel() {
  const { connection } = useBoardSession();
  const { admin } = useMeeting();
  const [links, setLinks] = useState<KnownLinks>(() => ({ ...knownLinks(connection.boardId), facilitator: window.location.href }));
  const participant = useSharedLink('participant');
  const viewer = useSharedLink('viewer');
  // Links the server showed again (SPEC K17) fill in those this tab had not seen.
  useEffect(() => {
    setLinks((l) => ({ ...l, participant: l.participant ?? participant ?? undefined, viewer: l.viewer ?? viewer ?? undefined }));
  }, [participant, viewer]);
  const [expiry, setExpiry] = useState<Partial<Record<Role, string | null>>>({});
  const [told, setTold] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void admin.info().then((result) => {
      if (live && result.ok && result.value.linkExpiry) setExpiry(result.value.linkExpiry);
    });
    return () => {
      live = false;
    };
  }, [admin]);

  async function replace(role: Role) {
    setProblem(null);
    const result = await admin.replaceLink(role);
    if (!result.ok) return setProblem(result.message);
    rememberLinks(connection.boardId, { [role]: result.value.link });
    setLinks((l) => ({ ...l, [role]: result.value.link }));
    if (role === 'facilitator') {
      // This page's own link stopped working: carry on with the new one.
      const url = new URL(result.value.link, window.location.href);
      window.location.replace(url.pathname + url.hash);
      window.location.reload();
      return;
    }
    setTold(t('meeting.LinksPanel.replaced', { role }));
  }

  async function saveExpiry(role: Role, value: string | null) {
    setProblem(null);
    const result = await admin.setLinkExpiry(role, value);
    if (!result.ok) return setProblem(result.message);
    setExpiry((e) => ({ ...e, [role]: result.value.expiresAt }));
    setTold(
      result.value.expiresAt
        ? t('meeting.LinksPanel.expirySet', { role, when: expiryText(result.value.expiresAt) })
        : t('meeting.LinksPanel.expiryCleared', { role }),
    );
  }

  return (
    <section className="meeting-panel" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('meeting.LinksPanel.linksAndAccess')}</h2>
      <div className="meeting-panel__row">
        <LockButton withHint />
      </div>
      {LINKS.map(({ role, label, who }) => (
        <div key={role} className="link-block">
          {links[role] ? (
            <CopyLinkField kind={role} link={links[role]!} label={label} who={who} />
          ) : (
            <div className="link-block__unknown">
              <h3 className="field__label">{label}</h3>
              <p className="field__hint">{who}</p>
              <p>{t('meeting.LinksPanel.kinboardDoesNotKeepA')}</p>
            </div>
          )}
          <div className="meeting-panel__row">
            <ConfirmAction
              label={t('meeting.LinksPanel.replaceTheLink', { role })}
              question={
                <p>
                  {t('meeting.LinksPanel.replaceTheLinkTheOld', { role })}
                  {role === 'facilitator' && t('meeting.LinksPanel.thisPageWillReopenWith')}
                </p>
              }
              confirmLabel={t('meeting.LinksPanel.yesReplaceIt')}
              onConfirm={() => replace(role)}
            />
            {role === 'participant' && links.participant && (
              <ShowOnRoomButton target={ROOM_JOIN} label={t('meeting.LinksPanel.showQrOnRoom')} />
            )}
          </div>
          {role !== 'facilitator' && <ExpiryField role={role} label={label} expiresAt={expiry[role] ?? null} onSave={saveExpiry} />}
        </div>
      ))}
      <PanelNews told={told} problem={problem} />
    </section>
  );
}

interface ExpiryFieldProps {
  readonly role: Role;
  readonly label: string;
  readonly expiresAt: string | null;
  readonly onSave: (role: Role, value: string | null) => Promise<void>;
}

function ExpiryField({ role, label, expiresAt, onSave }: ExpiryFieldProps) {
  const id = useId();
  // A new end date not set yet waits on this device ('' while the box shows the link's own).
  const changed = useKeptWords(`links.expiry.${role}`, '');
  const saved = toDateTimeInput(expiresAt);
  const value = changed.value || saved;
  const setValue = (next: string) => changed.set(next === saved ? '' : next);
  const { clear } = changed;
  useEffect(() => {
    if (changed.value === saved) clear();
  }, [changed.value, saved, clear]);
  const iso = fromDateTimeInput(value);
  return (
    <div className="expiry">
      <label className="field__label field__label--small" htmlFor={id}>
        {t('meeting.LinksPanel.stopsWorkingAt', { label })}
      </label>
      <p className="field__hint" id={`${id}-now`}>
        {expiresAt ? t('meeting.LinksPanel.now', { expiryText: expiryText(expiresAt) }) : t('meeting.LinksPanel.nowItDoesNotStop')}
      </p>
      <div className="meeting-panel__row">
        <input
          id={id}
          className="input input--inline"
          type="datetime-local"
          value={value}
          aria-describedby={changed.restored ? `${id}-now ${changed.noteId}` : `${id}-now`}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="button" className="button button--secondary" disabled={!iso} onClick={() => void onSave(role, iso)}>
          {t('meeting.LinksPanel.setEndDate')}
          <span className="visually-hidden"> {t('meeting.LinksPanel.forTheLink', { role })}</span>
        </button>
        {expiresAt && (
          <button type="button" className="button button--secondary" onClick={() => void onSave(role, null).then(clear)}>
            {t('meeting.LinksPanel.clearEndDate')}
            <span className="visually-hidden"> {t('meeting.LinksPanel.forTheLink', { role })}</span>
          </button>
        )}
      </div>
      <KeptWordsNote words={changed} />
    </div>
  );
}
