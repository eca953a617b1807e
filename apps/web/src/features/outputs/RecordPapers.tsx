import { chairSummary, summaryToJson, summaryToMarkdown, type OutputSource } from '@kinboard/model';
import { localMapping, paperLanguage, paperSay } from '../../i18n';
import { SummaryPaper } from './SummaryPaper';
import { downloadFile, paperFileName } from './download';
import { WORDS } from './outputsWords';
import { exportDate, paperTerms } from './paperWords';

/** A meeting record as the chair's summary of that meeting: printable, and downloadable as Markdown and JSON. */
export function RecordPapers({ record }: { readonly record: OutputSource & { readonly startedAt: number } }) {
  // The paper and its Markdown in the reader's language; the JSON for other systems in English, the same from every device.
  const reader = paperLanguage();
  const local = { ...record, mapping: localMapping(record.mapping) };
  const summary = chairSummary(local, { meetingDate: reader.day(record.startedAt), say: paperSay, spell: reader.spell });
  const json = () => summaryToJson(chairSummary(record, { meetingDate: exportDate(record.startedAt) }));
  const goal = paperTerms(local.mapping.terms).goal;
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
          onClick={() => downloadFile(summaryToMarkdown(summary, goal, paperSay), file('md'), 'text/markdown;charset=utf-8')}
        >
          {WORDS.downloadMarkdown}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(json(), file('json'), 'application/json;charset=utf-8')}
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
