/**
 * The chair says two network entries are the same person ("Sarah (Mum)" added by hand and
 * "Sarah" who joined by link). The merged entry stays in the document, marked as merged into the
 * kept one, so nothing of either is lost: every reader shows the kept entry, filled in with what
 * only the merged one knew, and everything that pointed at either (answers, rules, sources,
 * copies) now points at one person.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { networkMap } from '../schema';
import { MEMBER_IDENTITY } from './memberIdentity';
import { resolveMembers } from './resolveMembers';

function entry(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = networkMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new ModelError(ModelErrorCode.memberNotFound, `No network member with id "${id}" on this board`);
  return record;
}

/** Merges `mergedId` into `keepId` (both as they resolve now). Merging a person into themselves is refused. */
export function mergeNetworkMembers(doc: Y.Doc, keepId: string, mergedId: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  entry(doc, keepId);
  entry(doc, mergedId);
  const resolved = resolveMembers(doc);
  const keep = resolved.get(keepId) ?? keepId;
  const merged = resolved.get(mergedId) ?? mergedId;
  if (keep === merged) throw new ModelError(ModelErrorCode.duplicateId, 'Those two entries are already the same person');
  doc.transact(() => entry(doc, merged).set(MEMBER_IDENTITY.mergedInto, keep), origin);
}

/** Ties a network member to the server-issued person id of their link or device (null unties them). */
export function linkMemberToPerson(doc: Y.Doc, memberId: string, personId: string | null, origin: ChangeOrigin = LOCAL_CHANGE): void {
  const record = entry(doc, memberId);
  if (personId !== null && !/^[A-Za-z0-9_-]{1,64}$/.test(personId)) {
    throw new ModelError(ModelErrorCode.invalidText, 'A person id is 1 to 64 letters, digits, "-" or "_"');
  }
  doc.transact(() => {
    if (personId === null) record.delete(MEMBER_IDENTITY.personId);
    else record.set(MEMBER_IDENTITY.personId, personId);
  }, origin);
}
