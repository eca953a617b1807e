/**
 * What this device remembers about the person using it: a display name and a random participant
 * id. Storage can be unavailable (private browsing, blocked storage); then nothing is remembered
 * and the person is asked again next time.
 */
const NAME_KEY = 'kinboard.displayName';
const PARTICIPANT_KEY = 'kinboard.participantId';

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

let sessionParticipantId: string | null = null;

/** A random id for this device, kept in storage so a person keeps their colour. */
export function participantId(): string {
  const stored = read(PARTICIPANT_KEY);
  if (stored && /^p_[0-9a-f]{16,64}$/.test(stored)) return stored;
  if (!sessionParticipantId) {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    sessionParticipantId = 'p_' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    write(PARTICIPANT_KEY, sessionParticipantId);
  }
  return sessionParticipantId;
}
