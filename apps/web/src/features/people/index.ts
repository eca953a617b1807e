/**
 * People on the board: the chair's list of who is invited and connected, personal links with
 * their QR codes, the lobby of newcomers waiting to be let in, and tying people to the network.
 */
<<<<<<< HEAD
import { lazy } from 'react';

// Both are for the chair only: their code loads when first shown, never with the board (wrap them in `<Suspense>`).
export const LobbyBanner = lazy(() => import('./LobbyBanner').then((m) => ({ default: m.LobbyBanner })));
export const PeopleOnBoardPanel = lazy(() => import('./PeopleOnBoardPanel').then((m) => ({ default: m.PeopleOnBoardPanel })));
=======
export { LobbyBanner } from './LobbyBanner';
export { PeopleOnBoardPanel } from './PeopleOnBoardPanel';
export { LinkQrCode } from './LinkQrCode';
>>>>>>> room
