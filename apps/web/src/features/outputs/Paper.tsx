import type { ReactNode } from 'react';
import { directionOf, isLocaleCode } from '../../i18n';
import { useRunningHeader } from './runningHeader';
import './paper.css';

interface PaperProps {
  /** What the paper is, for assistive technology and the printed heading: "Chair's summary". */
  readonly name: string;
  readonly boardTitle: string;
  readonly kindName: string;
  readonly date: string;
  /** Large type, for the child's version. */
  readonly large?: boolean;
  /** A stored record's paper: while one is on the page, it alone prints. */
  readonly record?: boolean;
  /** The paper's language when it is not the page's (a copy for someone who reads another). */
  readonly lang?: string | null;
  readonly children: ReactNode;
}

/**
 * One paper as it prints: on screen a preview; in print the only thing on the page, with the
 * board's title, the meeting's kind and date repeated at the top of every page (runningHeader.ts)
 * and page numbers at the bottom (paper.css).
 */
export function Paper({ name, boardTitle, kindName, date, large = false, record = false, lang = null, children }: PaperProps) {
  const line = `${boardTitle} · ${kindName} · ${date}`;
  useRunningHeader(line);
  const className = ['paper', large ? 'paper--large' : '', record ? 'paper--record' : ''].filter(Boolean).join(' ');
  return (
    <article
      className={className}
      aria-label={name}
      lang={lang ?? undefined}
      dir={lang && isLocaleCode(lang) ? directionOf(lang) : undefined}
    >
      <header className="paper__header">
        <h1 className="paper__title">{name}</h1>
        <p className="paper__meta">{line}</p>
      </header>
      {children}
    </article>
  );
}
