/**
 * The line printed at the top of every page of a paper (board title, meeting kind, date). Chromium
 * prints @page margin boxes but cannot fill them from the page's elements, so the line is handed
 * to paper.css as a custom property on the root element, which margin boxes inherit. The paper
 * mounted last (an opened record over the live papers) is the one printed.
 */
import { useEffect } from 'react';

const PROPERTY = '--paper-running';
const lines: string[] = [];

function show(): void {
  const top = lines.at(-1);
  if (top === undefined) document.documentElement.style.removeProperty(PROPERTY);
  else document.documentElement.style.setProperty(PROPERTY, JSON.stringify(top));
}

/** Puts `line` at the top of every printed page while the calling paper is on screen. */
export function useRunningHeader(line: string): void {
  useEffect(() => {
    lines.push(line);
    show();
    return () => {
      const at = lines.lastIndexOf(line);
      if (at !== -1) lines.splice(at, 1);
      show();
    };
  }, [line]);
}
