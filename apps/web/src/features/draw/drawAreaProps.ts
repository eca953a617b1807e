import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '../../api/roles';

/** What the board hands its "Draw" part: all of it comes from the board's `BoardConnection`. */
export interface DrawAreaProps {
  /** `connection.doc`: the drawing is stored in the board's own document. */
  readonly doc: Y.Doc;
  /** `connection.awareness`: cursors travel under its `drawCursor` field. */
  readonly awareness: Awareness;
  /** From the connection state; a viewer sees the drawing live but cannot change it. */
  readonly role: Role;
  readonly userId: string;
  readonly userName: string;
  readonly userColor: string;
  /** The page to show; when it changes (following the chair) the canvas turns to it. */
  readonly pageId?: string | null;
  /** Told the page on screen whenever it changes, so the chair's followers can be sent there. */
  readonly onPageChange?: (pageId: string) => void;
}
