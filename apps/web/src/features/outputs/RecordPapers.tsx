import { chairSummary, summaryToJson, summaryToMarkdown, type OutputSource } from '@kinboard/model';
import { SummaryPaper } from './SummaryPaper';
import { downloadFile, paperFileName } from './download';
import { WORDS } from './outputsWords';
import { paperDate, paperTerms } from './paperWords';

/** A meeting record as the chair's summary of that meeting: printable, and downloadable as Markdown and JSON. */
export function RecordPapers({ record }: { readonly record: OutputSource & { readonly startedAt: number } }) {
  const summary = chairSummary(record, { meetingDate: paperDate(record.startedAt) });
  const goal = paperTerms(record.mapping.terms).goal;
  const file = (ext: string) => paperFileName(record.board.title, `record-${new Date(record.startedAt).toISOString().slice(0, 10)}`, ext);
  return (
    <section aria-label={WORDS.recordPapers}>
      <div className="paper__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {WORDS.print}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(summaryToMarkdown(summary, goal), file('md'), 'text/markdown;charset=utf-8')}
        >
          {WORDS.downloadMarkdown}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(summaryToJson(summary), file('json'), 'application/json;charset=utf-8')}
        >
          {WORDS.downloadJson}
        </button>
      </div>
      <div className="paper-print-only">
        <SummaryPaper summary={summary} goalWord={goal} record />
      </div>
    </section>
  );
}
