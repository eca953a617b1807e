/** Dates and words for meeting records. */
import { DEFAULT_FRAMEWORK, isSectionId, type RecordedScale, type Terms } from '@kinboard/model';
import { formatDate, localTerms, t } from '../../i18n';

const DATE = { format: (date: Date | number) => formatDate(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) };
const TIME = { format: (date: Date | number) => formatDate(date, { hour: '2-digit', minute: '2-digit' }) };

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
  return isSectionId(sectionId) ? localTerms(DEFAULT_FRAMEWORK).columns[sectionId].title : sectionId;
}

/** The question a scale asked, as the record kept it; the default scale is worded by the framework. */
export function scaleName(
  scaleId: string,
  record: { readonly scales: readonly RecordedScale[]; readonly mapping: { readonly terms: Terms } },
): string {
  const scale = record.scales.find((s) => s.id === scaleId);
  if (!scale) return t('meeting.record.scaleGone');
  return scale.question ?? localTerms(record.mapping.terms.framework).scale.question;
}

/** "2 up", "1 down", "no change", "not scaled in both". */
export function changeText(change: number | null): string {
  if (change === null) return t('meeting.record.notScaledInBoth');
  if (change === 0) return t('meeting.record.noChange');
  return change > 0 ? t('meeting.record.up', { change }) : t('meeting.record.down', { change: -change });
}
