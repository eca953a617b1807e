/** Dates and words for meeting records. */
import { SECTIONS, type RecordedScale, type Terms } from '@kinboard/model';

const DATE = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "Tuesday 3 March 2026, 14:00 to 15:30". */
export function meetingWhen(startedAt: number, endedAt: number): string {
  const start = new Date(startedAt);
  const end = new Date(endedAt);
  const sameDay = start.toDateString() === end.toDateString();
  return sameDay
    ? `${DATE.format(start)}, ${TIME.format(start)} to ${TIME.format(end)}`
    : `${DATE.format(start)} ${TIME.format(start)} to ${DATE.format(end)} ${TIME.format(end)}`;
}

export function dateTimeText(at: number): string {
  return `${DATE.format(new Date(at))}, ${TIME.format(new Date(at))}`;
}

export function sectionTitle(sectionId: string): string {
  return SECTIONS.find((s) => s.id === sectionId)?.title ?? sectionId;
}

/** The question a scale asked, as the record kept it; the default scale is worded by the framework. */
export function scaleName(
  scaleId: string,
  record: { readonly scales: readonly RecordedScale[]; readonly mapping: { readonly terms: Terms } },
): string {
  const scale = record.scales.find((s) => s.id === scaleId);
  if (!scale) return 'A scale no longer on the board';
  return scale.question ?? record.mapping.terms.scale.question;
}

/** "2 up", "1 down", "no change", "not scaled in both". */
export function changeText(change: number | null): string {
  if (change === null) return 'not scaled in both meetings';
  if (change === 0) return 'no change';
  return change > 0 ? `${change} up` : `${-change} down`;
}
