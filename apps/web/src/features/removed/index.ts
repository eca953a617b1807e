/** Recently removed: statements, rules and people deleted during the meeting, restorable whole by any editor. */
import { lazyPiece } from '../../lib/lazyPiece';

/** The "Recently removed" list below the board (its code loads when it is drawn, after the board). */
export const RecentlyRemoved = lazyPiece(() => import('./RecentlyRemoved').then((m) => m.RecentlyRemoved));
export { recordRemoval } from './recordRemoval';
