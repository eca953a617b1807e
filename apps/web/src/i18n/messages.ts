import { type Messages, setupI18n } from '@lingui/core';
import { listOfNames as englishList } from '@kinboard/model';
import { useSyncExternalStore } from 'react';
import { englishAtStart } from 'virtual:kinboard-english';
import { rememberLocale, rememberedLocale } from '../lib/deviceMemory';
import type english from './messages/en.json';
import { type LocaleCode, PSEUDO_LOCALE, SOURCE_LOCALE, directionOf, isLocaleCode, negotiateLocale } from './locales';
import { pseudoMessages, pseudoText } from './pseudo';

export type MessageId = keyof typeof english;
type Values = Record<string, string | number | Date>;

/**
 * English, as far as the code loaded so far needs it. A build hands each chunk's English over as
 * the chunk starts (englishPerChunk.ts: a board link never downloads the words of the parts it does
 * not open); the dev server and the tests have the whole catalogue at once. The build compiles each
 * catalogue, so what arrives here is Lingui's compiled form.
 */
const SOURCE: Messages = { ...(englishAtStart as Messages | null) };
/** The chunks' English, pushed onto a page-wide list before this module ran, then straight to addEnglish. */
const handedOver = ((globalThis as { __kinboardEnglish?: Messages[] }).__kinboardEnglish ??= []);

const loaders: Record<Exclude<LocaleCode, 'en' | typeof PSEUDO_LOCALE>, () => Promise<{ default: unknown }>> = {
  cy: () => import('./messages/cy.json'),
  pl: () => import('./messages/pl.json'),
  ro: () => import('./messages/ro.json'),
  ur: () => import('./messages/ur.json'),
  ar: () => import('./messages/ar.json'),
};

const i18n = setupI18n({ locale: SOURCE_LOCALE, messages: { [SOURCE_LOCALE]: SOURCE } });
/** English looked up on its own: a message the person's language lacks reads in English (that message only). */
const englishI18n = setupI18n({ locale: SOURCE_LOCALE, messages: { [SOURCE_LOCALE]: SOURCE } });
let active: LocaleCode = SOURCE_LOCALE;
const listeners = new Set<() => void>();
const choiceListeners = new Set<(code: LocaleCode) => void>();
/** The language the person chose on this page (name prompt or header), if they chose one. */
let chosenHere: LocaleCode | null = null;
/** Counts the times English arrived after a lookup had missed it (see missingEnglish). */
let catalogueVersion = 0;

function addEnglish(messages: Messages): void {
  Object.assign(SOURCE, messages);
  // The pseudo-locale is English made strange: the new messages join it as they arrive.
  if (active === PSEUDO_LOCALE) Object.assign(i18n.messages, pseudoMessages(messages));
}

for (const messages of handedOver.splice(0)) addEnglish(messages);
handedOver.push = (...batches: Messages[]) => {
  for (const messages of batches) addEnglish(messages);
  return 0;
};

let loadingWhole = false;

/**
 * A lookup of an id no loaded chunk brought: a fault in the build's split (englishPerChunk.ts
 * missed how some code names it). The whole English catalogue loads, and the page draws again
 * with it; meanwhile the place shows an ellipsis, never the id.
 */
function missingEnglish(id: string): string {
  console.error(`Kinboard: the English message "${id}" was not with the code that uses it; loading every message.`);
  if (!loadingWhole) {
    loadingWhole = true;
    void import('./messages/en.json').then((module) => {
      addEnglish(module.default as unknown as Messages);
      catalogueVersion += 1;
      for (const listener of listeners) listener();
    });
  }
  return '…';
}

async function catalogueFor(code: LocaleCode): Promise<Messages> {
  if (code === 'en') return SOURCE;
  if (code === PSEUDO_LOCALE) return pseudoMessages(SOURCE);
  return (await loaders[code]()).default as Messages;
}

/** One lookup through `instance`: its language's message, else English's, else the whole catalogue is fetched. */
function lookUp(instance: typeof i18n, id: string, values?: Values): string {
  if (Object.hasOwn(instance.messages, id)) return instance._(id, values);
  if (Object.hasOwn(SOURCE, id)) return englishI18n._(id, values);
  return missingEnglish(id);
}

/** The message `id` in the person's language, with its placeholders filled from `values`. */
export function t(id: MessageId, values?: Values): string {
  return lookUp(i18n, id, values);
}

/**
 * The message `id` in the person's language when that language is not English and its catalogue
 * has it; otherwise null, and the caller shows the English it already has. For messages whose
 * English is written elsewhere (the plain-language hints: the model writes them in English), so
 * their English never travels with the code (englishPerChunk.ts, TRANSLATION_ONLY).
 */
export function translated(id: MessageId, values?: Values): string | null {
  if (active === SOURCE_LOCALE || active === PSEUDO_LOCALE || !Object.hasOwn(i18n.messages, id)) return null;
  return i18n._(id, values);
}

/** Looks a message up in one language. */
export type Translate = (id: MessageId, values?: Values) => string;

/** Messages and dates in one language, whatever the person's own: for a paper printed for someone else. */
export interface Translator {
  readonly t: Translate;
  /** A plan date ("2026-03-12") as that language writes it. */
  readonly spellDate: (date: string) => string;
  /** A moment as that language writes a date: "3 December 2026". */
  readonly dayDate: (at: number) => string;
}

/** The messages of `code` without changing the person's language (loads its catalogue when needed). */
export async function translatorFor(code: LocaleCode): Promise<Translator> {
  if (code === active) return { t, spellDate, dayDate: (at) => formatDate(at, DAY) };
  const messages = await catalogueFor(code);
  const other = setupI18n({ locale: code, messages: { [code]: messages } });
  const tag = code === SOURCE_LOCALE || code === PSEUDO_LOCALE ? 'en-GB' : code;
  const day = new Intl.DateTimeFormat(tag, DAY);
  const utcDay = new Intl.DateTimeFormat(tag, { ...DAY, timeZone: 'UTC' });
  return {
    t: (id, values) => lookUp(other, id, values),
    spellDate: (date) => {
      const [y, m, d] = date.split('-').map(Number);
      return y && m && d ? utcDay.format(new Date(Date.UTC(y, m - 1, d))) : date;
    },
    dayDate: (at) => day.format(at),
  };
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

export function currentLocale(): LocaleCode {
  return active;
}

export function currentDirection(): 'ltr' | 'rtl' {
  return directionOf(active);
}

/** Switches the interface to a language: loads its catalogue, sets `lang` and `dir` on the page, tells listeners. */
export async function activateLocale(code: LocaleCode, options: { remember?: boolean } = {}): Promise<void> {
  const messages = await catalogueFor(code);
  i18n.loadAndActivate({ locale: code, messages });
  active = code;
  if (options.remember) {
    rememberLocale(code);
    chosenHere = code;
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
    document.documentElement.dir = directionOf(code);
  }
  for (const listener of listeners) listener();
  if (options.remember) for (const listener of choiceListeners) listener(code);
}

/** Tells `listener` each time the person chooses a language on this device (not when one is applied for them). */
export function onLocaleChosen(listener: (code: LocaleCode) => void): () => void {
  choiceListeners.add(listener);
  return () => choiceListeners.delete(listener);
}

/** The language the person chose on this page before now, or null. */
export function chosenOnThisPage(): LocaleCode | null {
  return chosenHere;
}

/** Whether this device keeps a language the person chose on it (then it wins over their record). */
export function deviceHasChoice(): boolean {
  const remembered = rememberedLocale();
  return remembered !== null && isLocaleCode(remembered);
}

/** The language this device chose before, or else the first of the browser's languages Kinboard speaks. */
export function initialLocale(): LocaleCode {
  const remembered = rememberedLocale();
  if (remembered && isLocaleCode(remembered)) return remembered;
  return negotiateLocale(globalThis.navigator?.languages ?? []);
}

export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The active language, re-rendering the component when it changes. */
export function useLocale(): LocaleCode {
  return useSyncExternalStore(onLocaleChange, currentLocale, currentLocale);
}

function messagesNow(): string {
  return `${active} ${catalogueVersion}`;
}

/** Re-renders the component when the language changes or more of its messages arrive (the app's root). */
export function useMessages(): void {
  useSyncExternalStore(onLocaleChange, messagesNow, messagesNow);
}

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, options: object, make: () => T): T {
  const key = `${active}|${kind}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format as T;
}

/** A date in the person's language (the pseudo-locale formats as English). */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions): string {
  const text = cached('date', options, () => new Intl.DateTimeFormat(intlLocale(), options)).format(date);
  return active === PSEUDO_LOCALE ? pseudoText(text) : text;
}

export function formatTime(date: Date | number, options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' }): string {
  return formatDate(date, options);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, () => new Intl.NumberFormat(intlLocale(), options)).format(value);
}

/** English dates follow the browser's own English (en-GB, en-US …); other languages their own. */
function intlLocale(): string {
  if (active !== SOURCE_LOCALE && active !== PSEUDO_LOCALE) return active;
  const english = (globalThis.navigator?.languages ?? []).find((tag) => /^en-[A-Z]{2}$/.test(tag) && tag !== PSEUDO_LOCALE);
  return english ?? 'en-GB';
}

/** "Ann, Bo and Cy" (or "… or Cy") in the person's language; English keeps the model's wording. */
export function listOfNames(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (active === SOURCE_LOCALE) return englishList(names, conjunction);
  const type = conjunction === 'or' ? 'disjunction' : 'conjunction';
  return new Intl.ListFormat(intlLocale(), { type }).format(names);
}

/** A plan date ("2026-03-12") as the person's language writes it: "12 March 2026", "12 marca 2026". */
export function spellDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return formatDate(new Date(Date.UTC(y, m - 1, d)), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** What each kind of timeline entry is called. */
export const TRAJECTORY_WORDS: Readonly<Record<'review' | 'milestone' | 'closure', string>> = {
  get review() {
    return t('meeting.trajectory.review');
  },
  get milestone() {
    return t('meeting.trajectory.milestone');
  },
  get closure() {
    return t('meeting.trajectory.closure');
  },
};
