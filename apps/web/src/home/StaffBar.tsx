import { useState } from 'react';
import { signOut, type StaffMember } from './staffApi';

/** Who is signed in, with a way to sign out. */
export function StaffBar({ person, onSignedOut }: { readonly person: StaffMember; readonly onSignedOut: () => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="staff-bar">
      <p>
        Signed in as <strong>{person.name}</strong>
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
        Sign out
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
      <h2 id="sign-in-heading">Staff sign in</h2>
      <p>Sign in with your council account to make meeting boards and find the boards you run.</p>
      <p>
        <a className="button button--primary" href="/auth/login">
          Sign in
        </a>
      </p>
      <p className="field__hint">Joining a meeting? You do not need an account: open the link the person running the meeting sent you.</p>
    </section>
  );
}

/** The about text: what Kinboard is, and that it is independent of the practice it serves. */
export function AboutKinboard() {
  return (
    <footer className="about" aria-labelledby="about-heading">
      <h2 id="about-heading" className="brand--small">
        About Kinboard
      </h2>
      <p>
        Kinboard is a shared meeting board for family network meetings and child protection conferences run the Signs of Safety way. Signs
        of Safety is a trademark of its owner. Kinboard is independent: it is not made, endorsed or approved by the owner of Signs of
        Safety.
      </p>
    </footer>
  );
}
