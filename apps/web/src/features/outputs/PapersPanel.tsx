import { useEffect, useId, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  chairSummary,
  childVersion,
  childVersionToMarkdown,
  meetingKindName,
  personCopy,
  personCopyToMarkdown,
  readOutputSource,
  summaryToJson,
  summaryToMarkdown,
} from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { type PaperLanguage, localMapping, paperLanguage, paperLanguageFor, paperSay, useLocale } from '../../i18n';
import { ChildVersionPaper } from './ChildVersionPaper';
import { ChildWordsEditor } from './ChildWordsEditor';
import { PersonCopyPaper } from './PersonCopyPaper';
import { SummaryPaper } from './SummaryPaper';
import { downloadFile, paperFileName } from './download';
import { WORDS } from './outputsWords';
import './outputs.css';
import { exportDate, paperTerms } from './paperWords';

const readChildVersion = (doc: Y.Doc) => childVersion(doc, { say: paperSay });

/** The language of a person's copy: theirs when the network says which they read, else the reader's. */
function useCopyLanguage(language: string | null): PaperLanguage {
  const locale = useLocale();
  const [loaded, setLoaded] = useState<{ key: string; value: PaperLanguage } | null>(null);
  const key = `${locale}|${language ?? ''}`;
  useEffect(() => {
    let live = true;
    paperLanguageFor(language).then(
      (value) => live && setLoaded({ key, value }),
      () => live && setLoaded({ key, value: paperLanguage() }),
    );
    return () => {
      live = false;
    };
  }, [key, language]);
  return loaded?.key === key ? loaded.value : paperLanguage();
}

const MARKDOWN = 'text/markdown;charset=utf-8';
const JSON_TYPE = 'application/json;charset=utf-8';

/**
 * The papers that leave the meeting, made from the board as it is now: the chair's summary, each
 * network member's copy of the plan, and the child's own version. Each shows as it will print, with
 * buttons to print (or save as PDF) and to download it.
 */
export function PapersPanel({ meetingStartedAt }: { readonly meetingStartedAt: number | null }) {
  const { connection } = useBoardSession();
  const doc = connection.doc;
  const source = useSharedDocView(doc, readOutputSource);
  const child = useSharedDocView(doc, readChildVersion);
  const [which, setWhich] = useState('summary');
  const id = useId();
  const locale = useLocale();
  const at = meetingStartedAt ?? Date.now();
  const reader = paperLanguage();
  const date = reader.day(at);
  const words = paperTerms(source.mapping.terms);
  const title = source.board.title;
  const kindName = meetingKindName(source.meeting?.kind ?? null, paperSay);
  const member = source.network.find((m) => `copy:${m.id}` === which);
  const copyLanguage = useCopyLanguage(member?.language ?? null);

  const paper = useMemo(() => {
    // Papers read in the reader's language (a copy in its person's); the JSON is for other systems and stays English.
    void locale;
    const local = { ...source, mapping: localMapping(source.mapping) };
    if (which === 'child') return { md: childVersionToMarkdown(child, paperSay), json: null, file: 'childs-version' };
    if (member) {
      const lang = copyLanguage;
      const copyWords = paperTerms(lang.terms(source.mapping.framework));
      const copy = personCopy(local, member.id, { meetingDate: lang.day(at), say: lang.say, spell: lang.spell });
      const md = personCopyToMarkdown(copy, copyWords, lang.say);
      return { copy, lang, copyWords, md, json: null, file: `copy-for-${member.name}` };
    }
    const summary = chairSummary(local, { meetingDate: date, say: paperSay, spell: reader.spell });
    const json = summaryToJson(chairSummary(source, { meetingDate: exportDate(at) }));
    return { summary, md: summaryToMarkdown(summary, words.goal, paperSay), json, file: 'chairs-summary' };
  }, [which, child, member, source, date, words, at, copyLanguage, reader.spell, locale]);

  const json = paper.json;
  return (
    <section className="meeting-panel papers" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{WORDS.papersHeading}</h2>
      <p className="field__hint">{WORDS.papersHint}</p>
      <label className="field__label" htmlFor={`${id}-which`}>
        {WORDS.whichPaper}
      </label>
      <select id={`${id}-which`} className="input input--inline" value={which} onChange={(e) => setWhich(e.currentTarget.value)}>
        <option value="summary">{WORDS.summary}</option>
        {source.network.map((m) => (
          <option key={m.id} value={`copy:${m.id}`}>
            {WORDS.copyFor(m.name)}
          </option>
        ))}
        <option value="child">{WORDS.childVersion}</option>
      </select>
      <div className="paper__actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {WORDS.print}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(paper.md, paperFileName(title, paper.file, 'md'), MARKDOWN)}
        >
          {WORDS.downloadMarkdown}
        </button>
        {json !== null && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadFile(json, paperFileName(title, paper.file, 'json'), JSON_TYPE)}
          >
            {WORDS.downloadJson}
          </button>
        )}
      </div>
      {which === 'child' && (child.childName ? <ChildWordsEditor doc={doc} /> : <p className="field__hint">{WORDS.noChild}</p>)}
      {'summary' in paper && paper.summary && <SummaryPaper summary={paper.summary} goalWord={words.goal} />}
      {'copy' in paper && paper.copy && (
        <PersonCopyPaper copy={paper.copy} words={paper.copyWords} say={paper.lang.say} lang={paper.lang.locale} />
      )}
      {which === 'child' && <ChildVersionPaper doc={doc} version={child} boardTitle={title} kindName={kindName} date={date} />}
    </section>
  );
}
