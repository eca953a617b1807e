/**
 * Where a danger statement's scale will show beside its pair. The scaling part does not offer
 * one yet, so this renders nothing; it is the one place to fill in when it does.
 */
export function PairScaleSlot(_props: { readonly statementId: string }) {
  return null;
}
