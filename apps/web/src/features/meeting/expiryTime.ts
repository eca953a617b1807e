import { formatDate, t } from '../../i18n';

/** Link end dates between the server's ISO times and a `datetime-local` field (the person's own time zone). */

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as `YYYY-MM-DDTHH:mm` in local time, for a datetime-local field; '' for none. */
export function toDateTimeInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO time; null when empty or not a date. */
export function fromDateTimeInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "on 3 March 2026 at 17:00". */
export function expiryText(iso: string): string {
  const date = new Date(iso);
  const day = formatDate(date, { day: 'numeric', month: 'long', year: 'numeric' });
  const time = formatDate(date, { hour: '2-digit', minute: '2-digit' });
  return t('meeting.expiry.onDayAtTime', { day, time });
}
