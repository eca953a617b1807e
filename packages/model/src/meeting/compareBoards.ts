/**
 * What changed between two meeting records: statements added, removed and reworded, and how
 * each scale's numbers moved. Pure, so the web app and the server compare the same way.
 */
import type { BoardView, StatementView } from '../readBoard';
import type { RoundView } from '../scales/readScales';

export interface StatementChange {
  readonly id: string;
  readonly section: string;
  readonly before: string;
  readonly after: string;
}

export interface ScaleMove {
  readonly scaleId: string;
  readonly medianBefore: number | null;
  readonly medianAfter: number | null;
  /** after − before, or null when either meeting has no answers on this scale. */
  readonly change: number | null;
}

export interface BoardComparison {
  readonly added: readonly StatementView[];
  readonly removed: readonly StatementView[];
  readonly changed: readonly StatementChange[];
  readonly moved: readonly { readonly id: string; readonly from: string; readonly to: string; readonly text: string }[];
  readonly scales: readonly ScaleMove[];
}

function byId(view: BoardView): Map<string, StatementView> {
  return new Map(view.sections.flatMap((s) => s.statements).map((st) => [st.id, st]));
}

/** The median of the last round each scale had in a meeting, by scale id. */
function lastMedians(rounds: readonly RoundView[]): Map<string, number | null> {
  const medians = new Map<string, number | null>();
  for (const round of [...rounds].sort((a, b) => a.openedAt - b.openedAt)) medians.set(round.scaleId, round.stats.median);
  return medians;
}

/** What changed on a board between two moments (two meeting records): statements added, removed or changed, and scales that moved. */
export function compareBoards(
  before: { board: BoardView; rounds?: readonly RoundView[] },
  after: { board: BoardView; rounds?: readonly RoundView[] },
): BoardComparison {
  const a = byId(before.board);
  const b = byId(after.board);
  const added = [...b.values()].filter((s) => !a.has(s.id));
  const removed = [...a.values()].filter((s) => !b.has(s.id));
  const changed: StatementChange[] = [];
  const moved: BoardComparison['moved'][number][] = [];
  for (const [id, then] of a) {
    const now = b.get(id);
    if (!now) continue;
    if (now.text !== then.text) changed.push({ id, section: now.section, before: then.text, after: now.text });
    if (now.section !== then.section) moved.push({ id, from: then.section, to: now.section, text: now.text });
  }
  const medBefore = lastMedians(before.rounds ?? []);
  const medAfter = lastMedians(after.rounds ?? []);
  const scales = [...new Set([...medBefore.keys(), ...medAfter.keys()])].map((scaleId) => {
    const m0 = medBefore.get(scaleId) ?? null;
    const m1 = medAfter.get(scaleId) ?? null;
    return { scaleId, medianBefore: m0, medianAfter: m1, change: m0 === null || m1 === null ? null : m1 - m0 };
  });
  return { added, removed, changed, moved, scales };
}
