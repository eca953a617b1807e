/**
 * Reading words aloud with the browser's own speech synthesis, in the person's language, using
 * only voices that run on the device (`localService`), so no words leave it.
 */
import { LOCALES } from './locales';
import { currentLocale } from './messages';

/** The language a voice must speak for the interface's language (the pseudo-locale is English). */
function spokenLanguage(): string {
  const code = currentLocale();
  return code === 'en-XA' ? 'en' : code;
}

/** The name of the interface's language, in that language ("Polski"). */
export function spokenLanguageName(): string {
  const code = spokenLanguage();
  return LOCALES.find((locale) => locale.code === code)?.name ?? code;
}

/** A voice on this device for the person's language, or null when there is none (or no speech at all). */
export function localVoice(): SpeechSynthesisVoice | null {
  const speech = globalThis.speechSynthesis;
  if (!speech) return null;
  const language = spokenLanguage();
  const fits = (voice: SpeechSynthesisVoice) => voice.localService && voice.lang.toLowerCase().split(/[-_]/)[0] === language;
  const voices = speech.getVoices().filter(fits);
  return voices.find((voice) => voice.default) ?? voices[0] ?? null;
}

/** Reads `text` aloud with a local voice; false when no local voice speaks the language. */
export function readAloud(text: string, onEnd?: () => void): boolean {
  const voice = localVoice();
  if (!voice) return false;
  globalThis.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  if (onEnd) {
    utterance.onend = onEnd;
    utterance.onerror = onEnd;
  }
  globalThis.speechSynthesis.speak(utterance);
  return true;
}

export function stopReading(): void {
  globalThis.speechSynthesis?.cancel();
}
