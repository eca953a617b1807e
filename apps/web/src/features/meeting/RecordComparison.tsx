import { compareBoards } from '@kinboard/model';
import { PersonChanges } from '../outputs';
import type { MeetingRecord } from './boardAdminApi';
import { changeText, meetingWhen, scaleName, sectionTitle } from './recordText';
import { t } from '../../i18n';

/** What changed from one meeting record to a later one. */
export function RecordComparison({ before, after }: { readonly before: MeetingRecord; readonly after: MeetingRecord }) {
  const diff = compareBoards(before, after);
  const nothing = diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length === 0;
  return (
    <article className="meeting-record" aria-labelledby="compare-heading">
      <h3 id="compare-heading" tabIndex={-1}>
        {t('meeting.RecordComparison.whatChangedBetweenAnd', {
          meetingWhen: meetingWhen(before.startedAt, before.endedAt),
          meetingWhen2: meetingWhen(after.startedAt, after.endedAt),
        })}
      </h3>
      {nothing && <p>{t('meeting.RecordComparison.noStatementsWereAddedRemoved')}</p>}
      <ChangeList
        title={t('meeting.RecordComparison.added')}
        items={diff.added.map((s) => ({ id: s.id, text: `${s.text} (${sectionTitle(s.section)})` }))}
      />
      <ChangeList
        title={t('meeting.RecordComparison.removed')}
        items={diff.removed.map((s) => ({ id: s.id, text: `${s.text} (${sectionTitle(s.section)})` }))}
      />
      <ChangeList
        title={t('meeting.RecordComparison.reworded')}
        items={diff.changed.map((c) => ({ id: c.id, text: `“${c.before}” became “${c.after}”` }))}
      />
      <ChangeList
        title={t('meeting.RecordComparison.moved')}
        items={diff.moved.map((m) => ({ id: m.id, text: `${m.text}: from ${sectionTitle(m.from)} to ${sectionTitle(m.to)}` }))}
      />
      <h4>{t('meeting.RecordComparison.scales')}</h4>
      {diff.scales.length === 0 ? (
        <p>{t('meeting.RecordComparison.neitherMeetingHadScaleRounds')}</p>
      ) : (
        <ul>
          {diff.scales.map((s) => (
            <li key={s.scaleId}>
              {scaleName(s.scaleId, after.scales.some((sc) => sc.id === s.scaleId) ? after : before)}:{' '}
              {s.medianBefore ?? t('meeting.RecordComparison.notScaled')} {t('meeting.RecordComparison.then')}{' '}
              {s.medianAfter ?? t('meeting.RecordComparison.notScaled')} ({changeText(s.change)})
            </li>
          ))}
        </ul>
      )}
      <PersonChanges
        before={before}
        after={after}
        scaleName={(id) => scaleName(id, after.scales.some((sc) => sc.id === id) ? after : before)}
      />
    </article>
  );
}

function ChangeList({ title, items }: { readonly title: string; readonly items: readonly { id: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>
        {title} ({items.length})
      </h4>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </>
  );
}
