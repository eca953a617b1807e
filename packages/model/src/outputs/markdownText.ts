/** Writing people's words into Markdown so they print as written. */

/** Escapes what Markdown would read as formatting in one line. */
export function mdLine(line: string): string {
  const inline = line.replace(/[\\`*_[\]<>|~]/g, '\\$&');
  const numbered = inline.replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return numbered.replace(/^(\s*)([#>+=-])/, '$1\\$2');
}

/** A text of one or more lines, escaped, its lines joined with Markdown line breaks. */
export function mdText(text: string, indent = ''): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map(mdLine)
    .join(`  \n${indent}`);
}
