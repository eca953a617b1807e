import { compareBoards } from '@kinboard/model';
import { PersonChanges } from '../outputs';
import type { MeetingRecord } from './boardAdminApi';
import { changeText, meetingWhen, scaleName, sectionTitle } from './recordText';

/** What changed from one meeting record to a later one. */
export function RecordComparison({ before, after }: { readonly before: MeetingRecord; readonly after: MeetingRecord }) {
  const diff = compareBoards(before, after);
  const nothing = diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length === 0;
  return (
    <article className="meeting-record" aria-labelledby="compare-heading">
      <h3 id="compare-heading" tabIndex={-1}>
        What changed between {meetingWhen(before.startedAt, before.endedAt)} and {meetingWhen(after.startedAt, after.endedAt)}
      </h3>
      {nothing && <p>No statements were added, removed or changed.</p>}
      <ChangeList title="Added" items={diff.added.map((s) => ({ id: s.id, text: `${s.text} (${sectionTitle(s.section)})` }))} />
      <ChangeList title="Removed" items={diff.removed.map((s) => ({ id: s.id, text: `${s.text} (${sectionTitle(s.section)})` }))} />
      <ChangeList title="Reworded" items={diff.changed.map((c) => ({ id: c.id, text: `“${c.before}” became “${c.after}”` }))} />
      <ChangeList
        title="Moved"
        items={diff.moved.map((m) => ({ id: m.id, text: `${m.text}: from ${sectionTitle(m.from)} to ${sectionTitle(m.to)}` }))}
      />
      <h4>Scales</h4>
      {diff.scales.length === 0 ? (
        <p>Neither meeting had scale rounds.</p>
      ) : (
        <ul>
          {diff.scales.map((s) => (
            <li key={s.scaleId}>
              {scaleName(s.scaleId, after.scales.some((sc) => sc.id === s.scaleId) ? after : before)}: {s.medianBefore ?? 'not scaled'} then{' '}
              {s.medianAfter ?? 'not scaled'} ({changeText(s.change)})
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
