/**
 * The child's voice: each child's house of worries, house of good things and house of dreams.
 * The children are the network members of kind 'child' (network/networkMembers.ts), so a child
 * is entered once and is also a source a statement can come from. Their words are statements
 * like any other (edit and delete them with editStatement and deleteStatement) whose placement
 * is `{ house, childId, order }` instead of a column, so they are always read as the child's own
 * words and never appear among the adults' statements. `fileStatement` moves words from a house
 * onto the board when the family agrees they belong there; the child stays recorded as the source.
 */
import * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { readNetwork } from '../network/networkMembers';
import { compareOrder } from '../orderKey';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { NETWORK_MEMBER, STATEMENT, networkMap, statementsMap } from '../schema';
import { addStatement, type Author } from '../statements';
import { HOUSES, isHouseId, readHousePlacement, type HouseId, type HousePlacement } from './placement';
import { orderKeyInHouse, statementRecord } from './statementRecord';

export const HOUSE_WORDS: Readonly<Record<HouseId, { readonly title: string; readonly hint: string }>> = {
  worries: { title: 'House of worries', hint: 'Things that worry you or make you feel sad or scared.' },
  'good-things': { title: 'House of good things', hint: 'Good things in your life, and the people who help you.' },
  dreams: { title: 'House of dreams', hint: 'How you would like things to be, if all the worries were gone.' },
};

export const REMOVED_CHILD_NAME = 'A child no longer in the network';

function checkChild(doc: Y.Doc, childId: string): void {
  const member = networkMap(doc).get(childId);
  if (!(member instanceof Y.Map))
    throw new ModelError(ModelErrorCode.memberNotFound, `No network member with id "${childId}" on this board`);
  if (member.get(NETWORK_MEMBER.kind) !== 'child') {
    throw new ModelError(ModelErrorCode.notAChild, `Three houses belong to a child; "${childId}" is not in the network as a child`);
  }
}

function checkHouse(house: unknown): asserts house is HouseId {
  if (!isHouseId(house))
    throw new ModelError(ModelErrorCode.unknownSection, `Unknown house "${String(house)}"; use one of: ${HOUSES.join(', ')}`);
}

export interface NewChildWords {
  readonly childId: string;
  readonly house: HouseId;
  readonly text: string;
  /** Who typed it: often the worker or the child themselves. The words are the child's either way. */
  readonly author: Author;
  readonly index?: number;
  readonly id?: string;
  readonly createdAt?: number;
}

/** Writes the child's own words into one of their houses and returns the statement id. */
export function addChildWords(doc: Y.Doc, words: NewChildWords, origin: ChangeOrigin = LOCAL_CHANGE): string {
  checkChild(doc, words.childId);
  checkHouse(words.house);
  const placement: HousePlacement = {
    house: words.house,
    childId: words.childId,
    order: orderKeyInHouse(doc, words.childId, words.house, words.index),
  };
  let id = '';
  doc.transact(() => {
    // addStatement writes the record (text, author, time) in a column; the house placement
    // replaces it in the same transaction, so no one ever sees the words in a column.
    id = addStatement(
      doc,
      { section: 'worries', text: words.text, author: words.author, id: words.id, createdAt: words.createdAt },
      origin,
    );
    statementRecord(doc, id).set(STATEMENT.placement, placement);
  }, origin);
  return id;
}

/** Moves words (from the board or another house) into a child's house, at `index` (default: the end). */
export function placeInHouse(
  doc: Y.Doc,
  id: string,
  childId: string,
  house: HouseId,
  index?: number,
  origin: ChangeOrigin = LOCAL_CHANGE,
): void {
  const record = statementRecord(doc, id);
  checkChild(doc, childId);
  checkHouse(house);
  doc.transact(() => {
    const placement: HousePlacement = { house, childId, order: orderKeyInHouse(doc, childId, house, index, id) };
    record.set(STATEMENT.placement, placement);
  }, origin);
}

/** One thing a child said, in one of their houses. */
export interface ChildWordsView {
  readonly id: string;
  readonly text: string;
  readonly order: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly createdAt: number;
  /** Always true: these are the child's own words, to be shown as such. */
  readonly childsOwnWords: true;
}

/** One of a child's three houses with the words in it. */
export interface HouseView {
  readonly id: HouseId;
  readonly title: string;
  readonly hint: string;
  readonly words: readonly ChildWordsView[];
}

/** A child's three houses. */
export interface ChildHousesView {
  readonly childId: string;
  readonly name: string;
  /** True when the child was removed from the network (or is no longer a child there) but their words remain. */
  readonly removed: boolean;
  readonly houses: readonly HouseView[];
}

/**
 * Every child's three houses: the network's children in network order (each with three houses,
 * empty or not), then anyone whose words remain after they left the network.
 */
export function readThreeHouses(doc: Y.Doc): { readonly children: readonly ChildHousesView[] } {
  const words = new Map<string, (ChildWordsView & { house: HouseId })[]>();
  statementsMap(doc).forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    const placement = readHousePlacement(record.get(STATEMENT.placement));
    const text = record.get(STATEMENT.text);
    if (!placement || !(text instanceof Y.Text)) return;
    const authorId = record.get(STATEMENT.authorId);
    const authorName = record.get(STATEMENT.authorName);
    const createdAt = record.get(STATEMENT.createdAt);
    const list = words.get(placement.childId) ?? [];
    list.push({
      id,
      house: placement.house,
      text: text.toString(),
      order: placement.order,
      authorId: typeof authorId === 'string' ? authorId : '',
      authorName: typeof authorName === 'string' ? authorName : '',
      createdAt: typeof createdAt === 'number' ? createdAt : 0,
      childsOwnWords: true,
    });
    words.set(placement.childId, list);
  });

  const network = readNetwork(doc);
  const children: { childId: string; name: string; removed: boolean }[] = network
    .filter((m) => m.kind === 'child')
    .map((m) => ({ childId: m.id, name: m.name, removed: false }));
  const listed = new Set(children.map((c) => c.childId));
  for (const childId of [...words.keys()].sort()) {
    if (listed.has(childId)) continue;
    const member = network.find((m) => m.id === childId);
    children.push({ childId, name: member?.name ?? REMOVED_CHILD_NAME, removed: true });
  }
  return {
    children: children.map((child) => ({
      ...child,
      houses: HOUSES.map((house) => ({
        id: house,
        ...HOUSE_WORDS[house],
        words: (words.get(child.childId) ?? [])
          .filter((w) => w.house === house)
          .sort(compareOrder)
          .map(({ house: _house, ...view }) => view),
      })),
    })),
  };
}
