/**
 * The child's own version of the plan ("words and pictures"): the child's name and age, who was
 * worried and why, what happened, what everyone is doing now to keep them safe, and who they can
 * talk to. It is built only from words written for the child: the words on the storyboard page
 * and the words the family and worker write for each part here. Nothing is taken from the adult
 * board (danger statements, harm, the plan's rules): an adult worry appears only when someone
 * writes it again, in the child's words.
 *
 * Each part's words are a top-level Y.Text `childVersion:{part}` (like drawing pages' texts), so
 * two people starting the same part at once share one text.
 */
import type * as Y from 'yjs';
import { readPageWords } from '../draw/pageWords';
import { readNetwork } from '../network/networkMembers';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { checkLength, spliceText } from '../plan/planChecks';
import { ROOT } from '../schema';
import { englishSay, type OutputWordId, type Say } from './outputWords';

/** The parts of the child's version, in the order they are read. Stored; never rename one. */
export const CHILD_VERSION_PARTS = ['age', 'worried', 'happened', 'doing', 'talkTo'] as const;
export type ChildVersionPart = (typeof CHILD_VERSION_PARTS)[number];

const HEADING_WORDS: Readonly<Record<ChildVersionSection['id'], OutputWordId>> = {
  worried: 'childWorried',
  happened: 'childHappened',
  story: 'childStory',
  doing: 'childDoing',
  talkTo: 'childTalkTo',
};

/** Headings of the child's version in English (the version's own titles follow `say`). */
export const CHILD_VERSION_HEADINGS: Readonly<Record<Exclude<ChildVersionPart, 'age'>, string>> = {
  worried: 'Who was worried, and why',
  happened: 'What happened',
  doing: 'What everyone is doing now to keep you safe',
  talkTo: 'Who you can talk to',
};

/** Longest words of one part, in UTF-16 code units. */
export const MAX_CHILD_VERSION_TEXT = 3000;

/** The storyboard's page, as the web app's drawing names it. */
export const STORYBOARD_PAGE = 'page:words-and-pictures';

/** The shared text of one part, to bind a text box to. */
export function childVersionText(doc: Y.Doc, part: ChildVersionPart): Y.Text {
  return doc.getText(ROOT.childVersionPrefix + part);
}

/** Sets one part's words, changing only what differs so someone typing at the same time keeps theirs. */
export function editChildVersion(doc: Y.Doc, part: ChildVersionPart, next: string, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkLength(next, part === 'age' ? 40 : MAX_CHILD_VERSION_TEXT, "The child's version");
  const text = childVersionText(doc, part);
  if (text.toString() === next) return;
  doc.transact(() => spliceText(text, next), origin);
}

export interface ChildVersionSection {
  readonly id: Exclude<ChildVersionPart, 'age'> | 'story';
  readonly title: string;
  /** Paragraphs: the storyboard's words for this part, then the words written here. */
  readonly words: readonly string[];
}

export interface ChildVersion {
  readonly childName: string;
  readonly age: string;
  readonly sections: readonly ChildVersionSection[];
  /** The words that describe the storyboard's pictures, for a reader who cannot see them. */
  readonly pictureWords: string;
}

/** Which part a storyboard frame's title belongs to (its starter titles, or words like them). */
function partOfFrame(title: string): Exclude<ChildVersionPart, 'age'> | null {
  const t = title.toLowerCase();
  if (t.includes('worried') || t.includes('worry')) return 'worried';
  if (t.includes('happened')) return 'happened';
  if (t.includes('doing') || t.includes('safe')) return 'doing';
  if (t.includes('talk')) return 'talkTo';
  return null;
}

/**
 * The child's version for `childId` (by default the first child in the network).
 *
 * @example
 * const version = childVersion(doc);
 * print(childVersionToMarkdown(version));
 */
export function childVersion(
  doc: Y.Doc,
  options: { readonly childId?: string; readonly pageId?: string; readonly say?: Say } = {},
): ChildVersion {
  const say = options.say ?? englishSay;
  const children = readNetwork(doc).filter((m) => m.kind === 'child');
  const child = children.find((c) => c.id === options.childId) ?? children[0];
  const fromStory = new Map<ChildVersionSection['id'], string[]>();
  let current: ChildVersionSection['id'] = 'story';
  for (const entry of readPageWords(doc, options.pageId ?? STORYBOARD_PAGE)) {
    if (entry.kind === 'frame') {
      current = partOfFrame(entry.text) ?? 'story';
      continue;
    }
    const part = entry.depth === 0 ? 'story' : current;
    fromStory.set(part, [...(fromStory.get(part) ?? []), entry.text]);
  }
  const written = (part: ChildVersionPart) => childVersionText(doc, part).toString().trim();
  const paragraphs = (text: string) =>
    text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
  const sections: ChildVersionSection[] = (['worried', 'happened', 'doing', 'talkTo'] as const).map((part) => ({
    id: part,
    title: say(HEADING_WORDS[part]),
    words: [...(fromStory.get(part) ?? []), ...paragraphs(written(part))],
  }));
  const story = fromStory.get('story') ?? [];
  if (story.length > 0) sections.splice(2, 0, { id: 'story', title: say(HEADING_WORDS.story), words: story });
  const pictureWords = doc
    .getText(ROOT.drawPageTextPrefix + (options.pageId ?? STORYBOARD_PAGE))
    .toString()
    .trim();
  return { childName: child?.name ?? '', age: written('age'), sections, pictureWords };
}

/** The child's version as Markdown, in the reader's language (`say`; English by default). */
export function childVersionToMarkdown(version: ChildVersion, say: Say = englishSay): string {
  const esc = (s: string) => s.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
  const name = version.childName || say('childYou');
  const lines = [`# ${esc(name)}${version.age ? `, ${esc(version.age)}` : ''}`, '', say('childIntro'), ''];
  for (const section of version.sections) {
    if (section.words.length === 0) continue;
    lines.push(`## ${section.title}`, '');
    for (const words of section.words) lines.push(esc(words), '');
  }
  if (version.pictureWords) lines.push(`## ${say('childPictures')}`, '', esc(version.pictureWords), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
