/**
 * The room screen's content for the board's text parts (a column, a domain, the whole board, the
 * plan, the agenda) as a run of blocks the pager can split into pages.
 */
import {
  columnGroups,
  readAgenda,
  readMapping,
  readNetwork,
  readPlan,
  type DictionaryTerm,
  type FocusTarget,
  type MappedStatement,
  type MappingView,
  type PlanView,
} from '@kinboard/model';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import type { RoomBlock } from './RoomPager';
import { PlainWords } from './PlainWords';
import { RoomStatement } from './RoomStatement';
import { ROOM_WORDS } from './roomWords';
import { localMapping } from '../../i18n';
import { stepTitle } from '../../i18n';

/** What the room screen shows for one target: a heading, a colour, and the blocks to page through. */
export interface RoomContent {
  readonly title: string;
  /** The column it belongs to, for its colour. */
  readonly tone: string | null;
  readonly blocks: readonly RoomBlock[];
}

function heading(key: string, title: string): RoomBlock {
  return {
    key,
    heading: true,
    node: <h3 className="room-group">{title}</h3>,
    continued: <h3 className="room-group">{ROOM_WORDS.continued(title)}</h3>,
  };
}

function text(key: string, node: ReactNode, group?: string): RoomBlock {
  return {
    key,
    ...(group ? { group } : {}),
    node: (
      <ul className="room-block">
        <li className="room-statement">{node}</li>
      </ul>
    ),
  };
}

function statementBlocks(
  mapping: MappingView,
  list: readonly MappedStatement[],
  extraTerms: readonly DictionaryTerm[],
  group?: string,
): RoomBlock[] {
  const byId = new Map(mapping.columns.flatMap((c) => c.statements).map((s) => [s.id, s]));
  const dangerOf = (goal: MappedStatement) => (goal.pairedWith ? (byId.get(goal.pairedWith) ?? null) : null);
  return list.map((s) => ({
    key: s.id,
    ...(group ? { group } : {}),
    node: <RoomStatement statement={s} dangerOf={dangerOf} extraTerms={extraTerms} />,
  }));
}

function columnBlocks(mapping: MappingView, columnId: string, extraTerms: readonly DictionaryTerm[]): RoomBlock[] {
  const column = mapping.columns.find((c) => c.id === columnId);
  if (!column) return [];
  const groups = columnGroups(mapping, column);
  if (!groups) return statementBlocks(mapping, column.statements, extraTerms);
  return groups.flatMap((g) => [heading(`g:${g.id}`, g.title), ...statementBlocks(mapping, g.statements, extraTerms, `g:${g.id}`)]);
}

function planBlocks(plan: PlanView, names: ReadonlyMap<string, string>, extraTerms: readonly DictionaryTerm[]): RoomBlock[] {
  const plain = (words: string) => <PlainWords text={words} extraTerms={extraTerms} />;
  const blocks: RoomBlock[] = [];
  if (plan.rules.length > 0) {
    blocks.push(heading('rules', ROOM_WORDS.planRules));
    for (const rule of plan.rules) {
      const who = rule.doers.map((id) => names.get(id)).filter((n): n is string => Boolean(n));
      blocks.push(
        text(
          rule.id,
          <>
            <span className="room-statement__text">{rule.text.trim() ? plain(rule.text.trim()) : ROOM_WORDS.beingWritten}</span>
            {who.length > 0 && <span className="room-statement__answers">{ROOM_WORDS.planWho(who.join(', '))}</span>}
            {rule.when.trim() && <span className="room-statement__answers">{ROOM_WORDS.planWhen(rule.when.trim())}</span>}
          </>,
          'rules',
        ),
      );
    }
  }
  if (plan.bottomLines.length > 0) {
    blocks.push(heading('bottom', ROOM_WORDS.planBottomLines));
    for (const line of plan.bottomLines) blocks.push(text(line.id, plain(line.text), 'bottom'));
  }
  if (plan.contingency.trim()) {
    blocks.push(heading('contingency', ROOM_WORDS.planContingency));
    blocks.push(text('contingency-text', plain(plan.contingency.trim()), 'contingency'));
  }
  return blocks;
}

/** The content for a text part of the board, or null when `target` is not one (a scale, a drawing, the join code). */
export function roomContent(doc: Y.Doc, target: FocusTarget, extraTerms: readonly DictionaryTerm[]): RoomContent | null {
  const [kind, rest = ''] = target.split(/:(.*)/s) as [string, string?];
  if (kind === 'column' || kind === 'domain' || target === 'map' || target === 'network' || kind === 'house') {
    // Headings in the screen's language (the board keeps the framework's words in English).
    const mapping = localMapping(readMapping(doc));
    if (kind === 'column') {
      const column = mapping.columns.find((c) => c.id === rest);
      return { title: column?.title ?? '', tone: rest, blocks: columnBlocks(mapping, rest, extraTerms) };
    }
    if (kind === 'domain') {
      for (const column of mapping.columns) {
        const domain = column.domains.find((d) => d.id === rest);
        if (domain) return { title: domain.title, tone: column.id, blocks: statementBlocks(mapping, domain.statements, extraTerms) };
      }
      return { title: '', tone: null, blocks: [] };
    }
    // The whole board: every column in turn.
    const blocks = mapping.columns.flatMap((c) => [
      heading(`c:${c.id}`, c.title),
      ...columnBlocks(mapping, c.id, extraTerms).map((b) => (b.heading ? b : { ...b, group: b.group ?? `c:${c.id}` })),
    ]);
    return { title: '', tone: null, blocks };
  }
  if (target === 'plan') {
    const names = new Map(readNetwork(doc).map((m) => [m.id, m.name]));
    return { title: ROOM_WORDS.planHeading, tone: null, blocks: planBlocks(readPlan(doc), names, extraTerms) };
  }
  if (target === 'meeting') {
    const steps = readAgenda(doc);
    return { title: ROOM_WORDS.agenda, tone: null, blocks: steps.map((s, i) => text(s.id, `${i + 1}. ${stepTitle(s)}`)) };
  }
  return null;
}
