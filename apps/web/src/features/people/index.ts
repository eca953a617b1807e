/**
 * People on the board: the chair's list of who is invited and connected, personal links with
 * their QR codes, the lobby of newcomers waiting to be let in, and tying people to the network.
 */
export { LobbyBanner } from './LobbyBanner';
export { PeopleOnBoardPanel } from './PeopleOnBoardPanel';
export { LinkQrCode } from './LinkQrCode';
