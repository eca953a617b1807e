import { lazy } from 'react';

/** The network list and its editor, shown in Scaling and Plan; loads with them, not with the board (wrap it in `<Suspense>`). */
export const NetworkPanel = lazy(() => import('./NetworkPanel').then((m) => ({ default: m.NetworkPanel })));
export type { NetworkPanelProps } from './NetworkPanel';
export { useNetwork } from './useNetwork';
export type { NetworkActions } from './useNetwork';
export { ATTENDANCE_WORDS, KIND_WORDS } from './networkWords';
export { initials } from './initials';
