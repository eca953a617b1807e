/** Someone on the network list, as a choice names them. */
interface NamedMember {
  readonly id: string;
  readonly name: string;
  readonly relationship?: string | null;
}

/**
 * One `<option>` per person on the network list, named as everywhere else: "Kerry (Mum)". The
 * value is the member's id, after `valuePrefix` where one select mixes members with other choices.
 */
export function MemberOptions({ members, valuePrefix = '' }: { readonly members: readonly NamedMember[]; readonly valuePrefix?: string }) {
  return (
    <>
      {members.map((m) => (
        <option key={m.id} value={`${valuePrefix}${m.id}`}>
          {m.name}
          {m.relationship ? ` (${m.relationship})` : ''}
        </option>
      ))}
    </>
  );
}
