import type { Role } from '../../api/roles';
import { lockText } from './lockText';

/** The banner everyone sees while the board is locked, saying plainly why nothing can be changed. */
export function LockBanner({ role }: { readonly role: Role | null }) {
  const { headline, explanation } = lockText(role);
  return (
    <p className="banner banner--locked" role="status">
      <strong>{headline}</strong> {explanation}
    </p>
  );
}
