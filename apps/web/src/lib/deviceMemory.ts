/**
 * What this device remembers about the person using it: a display name, and per board the device
 * credential the server gave it (who this person is on that board) or the lobby request it is
 * waiting on. Storage can be unavailable (private browsing, blocked storage); then nothing is
 * remembered and the person is asked again next time.
 */
const NAME_KEY = 'kinboard.displayName';
const PARTICIPANT_KEY = 'kinboard.participantId';

const LOCALE_KEY = 'kinboard.locale';

export const MAX_NAME_LENGTH = 60;

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered; the person will be asked again.
  }
}

/** Tidies a typed name: single spaces, no ends, at most MAX_NAME_LENGTH characters. */
export function cleanDisplayName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

export function rememberedDisplayName(): string | null {
  const name = cleanDisplayName(read(NAME_KEY) ?? '');
  return name.length > 0 ? name : null;
}

export function rememberDisplayName(name: string): void {
  write(NAME_KEY, cleanDisplayName(name));
}

function forget(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}

const CREDENTIAL_PREFIX = 'kinboard.credential.';
const REQUEST_PREFIX = 'kinboard.lobbyRequest.';

/** The device credential this device holds for a board, if any: it proves this is the same person as before. */
export function boardCredential(boardId: string): string | null {
  return read(CREDENTIAL_PREFIX + boardId);
}

export function rememberBoardCredential(boardId: string, credential: string): void {
  write(CREDENTIAL_PREFIX + boardId, credential);
  forget(REQUEST_PREFIX + boardId);
}

/** The lobby request this device is waiting on for a board, so a reload keeps its place in the lobby. */
export function lobbyRequest(boardId: string): string | null {
  return read(REQUEST_PREFIX + boardId);
}

export function rememberLobbyRequest(boardId: string, request: string): void {
  write(REQUEST_PREFIX + boardId, request);
}

/** Forgets who this device was on a board (removed, turned away, or the board is gone). */
export function forgetBoardIdentity(boardId: string): void {
  forget(CREDENTIAL_PREFIX + boardId);
  forget(REQUEST_PREFIX + boardId);
}

/** Drops the random device id older versions kept (the server now issues every person id). */
export function forgetOldParticipantId(): void {
  forget(PARTICIPANT_KEY);
}

/** The interface language this person chose on this device, if any. */
export function rememberedLocale(): string | null {
  return read(LOCALE_KEY);
}

export function rememberLocale(code: string): void {
  write(LOCALE_KEY, code);
}
