/** Recently removed: statements, rules and people deleted during the meeting, restorable whole by any editor. */
export { RecentlyRemoved } from './RecentlyRemoved';
export { recordRemoval } from './recordRemoval';
