export { NetworkPanel } from './NetworkPanel';
export type { NetworkPanelProps } from './NetworkPanel';
export { useNetwork } from './useNetwork';
export type { NetworkActions } from './useNetwork';
export { ATTENDANCE_WORDS, KIND_WORDS } from './networkWords';
export { initials } from './initials';
