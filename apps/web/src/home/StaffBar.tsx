import { useState } from 'react';
import { signOut, type StaffMember } from './staffApi';
import { t } from '../i18n';

/** Who is signed in, with a way to sign out. */
export function StaffBar({ person, onSignedOut }: { readonly person: StaffMember; readonly onSignedOut: () => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="staff-bar">
      <p>
        {t('home.StaffBar.signedInAs')} <strong>{person.name}</strong>
        {person.email && person.email !== person.name ? ` (${person.email})` : ''}
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={async () => {
          const result = await signOut();
          if (result.ok) onSignedOut();
          else setError(result.message);
        }}
      >
        {t('home.StaffBar.signOut')}
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** For staff on a Kinboard with sign-in: the way in. Families never need this. */
export function SignInCard() {
  return (
    <section className="card" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t('home.StaffBar.staffSignIn')}</h2>
      <p>{t('home.StaffBar.signInWithYourCouncil')}</p>
      <p>
        <a className="button button--primary" href="/auth/login">
          {t('home.StaffBar.signIn')}
        </a>
      </p>
      <p className="field__hint">{t('home.StaffBar.joiningAMeetingYouDo')}</p>
    </section>
  );
}

/** The about text: what Kinboard is, and that it is independent of the practice it serves. */
export function AboutKinboard() {
  return (
    <footer className="about" aria-labelledby="about-heading">
      <h2 id="about-heading" className="brand--small">
        {t('home.StaffBar.aboutKinboard')}
      </h2>
      <p>{t('home.StaffBar.kinboardIsASharedMeeting')}</p>
    </footer>
  );
}
