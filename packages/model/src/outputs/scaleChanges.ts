/**
 * Each person's change on each scale between two meetings ("Kerry 7 → 8, Tom 3 → 6"): the number
 * they gave in the last round of that scale with answers in each meeting. People are matched by
 * their network entry when the answer names one, else by name.
 */
import type { RecordedScale } from '../meeting/meetingRecord';
import type { RoundView } from '../scales/readScales';
import { englishSay, type Say } from './outputWords';

export interface PersonScaleChange {
  readonly name: string;
  /** null when they gave no number in that meeting. */
  readonly before: number | null;
  readonly after: number | null;
}

export interface ScaleChange {
  readonly scaleId: string;
  /** The scale's own question, or null for the board's default scale (worded by its framework). */
  readonly question: string | null;
  readonly people: readonly PersonScaleChange[];
}

interface Meeting {
  readonly scales: readonly RecordedScale[];
  readonly rounds: readonly RoundView[];
}

function lastAnswers(meeting: Meeting, scaleId: string): Map<string, { name: string; value: number }> {
  const round = meeting.rounds.filter((r) => r.scaleId === scaleId && r.answers.length > 0).at(-1);
  const byPerson = new Map<string, { name: string; value: number }>();
  for (const a of round?.answers ?? []) byPerson.set(a.memberId ? `m:${a.memberId}` : `n:${a.name.trim().toLowerCase()}`, a);
  return byPerson;
}

/** Every scale scaled in either meeting, with each person's number before and after, by name. */
export function scaleChangesByPerson(before: Meeting, after: Meeting): ScaleChange[] {
  const scaled = [...new Set([...before.rounds, ...after.rounds].filter((r) => r.answers.length > 0).map((r) => r.scaleId))];
  return scaled.map((scaleId) => {
    const a = lastAnswers(before, scaleId);
    const b = lastAnswers(after, scaleId);
    const keys = [...new Set([...a.keys(), ...b.keys()])];
    const scale = after.scales.find((s) => s.id === scaleId) ?? before.scales.find((s) => s.id === scaleId);
    return {
      scaleId,
      question: scale?.question ?? null,
      people: keys
        .map((key) => ({
          name: b.get(key)?.name ?? a.get(key)?.name ?? '',
          before: a.get(key)?.value ?? null,
          after: b.get(key)?.value ?? null,
        }))
        .sort((x, y) => x.name.localeCompare(y.name)),
    };
  });
}

/** "Kerry 7 → 8", "Tom not scaled → 6" (in the reader's language with `say`; English by default). */
export function personChangeText(change: PersonScaleChange, say: Say = englishSay): string {
  const n = (v: number | null) => (v === null ? say('notScaled') : String(v));
  return `${change.name} ${n(change.before)} → ${n(change.after)}`;
}
