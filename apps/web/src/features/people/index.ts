/**
 * People on the board: the chair's list of who is invited and connected, personal links with
 * their QR codes, the lobby of newcomers waiting to be let in, and tying people to the network.
 */
import { lazy } from 'react';

// Both are for the chair only: their code loads when first shown, never with the board (wrap them in `<Suspense>`).
export const LobbyBanner = lazy(() => import('./LobbyBanner').then((m) => ({ default: m.LobbyBanner })));
export const PeopleOnBoardPanel = lazy(() => import('./PeopleOnBoardPanel').then((m) => ({ default: m.PeopleOnBoardPanel })));
// The QR code library is large: it loads when a code is first drawn.
export const LinkQrCode = lazy(() => import('./LinkQrCode').then((m) => ({ default: m.LinkQrCode })));
export { usePersonLanguage } from './personLanguage';
export { interpreterText } from './languageNames';
export { usePresentLanguages } from './usePresentLanguages';
export { MemberOptions } from './MemberOptions';
