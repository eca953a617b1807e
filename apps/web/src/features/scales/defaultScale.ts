/**
 * Boards made before scales existed have no default safety scale. The facilitator's screen puts
 * it there once the board has arrived from the server; participants never do, because only the
 * facilitator may change the board's scales (the server refuses anyone else's change to them).
 */
import { DEFAULT_SCALE_ID, ensureDefaultScale, readScales } from '@kinboard/model';
import type * as Y from 'yjs';
import type { Role } from '../../api/roles';

/** Adds the default scale if this screen is the facilitator's and the board has loaded without one. True when it did. */
export function ensureScaleForChair(doc: Y.Doc, role: Role | null, loaded: boolean): boolean {
  if (role !== 'facilitator' || !loaded) return false;
  if (readScales(doc).some((s) => s.id === DEFAULT_SCALE_ID)) return false;
  ensureDefaultScale(doc);
  return true;
}
