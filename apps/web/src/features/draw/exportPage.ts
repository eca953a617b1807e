/**
 * A drawing page as a picture to keep: SVG or PNG, with the page's name and its text alternative
 * inside the file (an SVG `<title>` and `<desc>`, and a caption under the picture in both formats).
 *
 * Fonts: tldraw puts each font the shapes use into the SVG as an inline `<style>` with an
 * `@font-face` whose source is a data: URL, so the file draws its words in tldraw's own fonts
 * anywhere. While it builds the SVG, tldraw mounts it in this page for a moment, and the server's
 * Content-Security-Policy refuses those `<style>` elements there (one console line per export).
 * That copy is only serialised, never shown, and the page has the fonts loaded already; the saved
 * SVG, and the PNG drawn from it as an image (an image document is not under the page's CSP),
 * keep them (apps/e2e/tests/draw.spec.ts checks both). Allowing them would need a per-response
 * nonce (tldraw's `options.nonce`) that the server does not make; a hash cannot work, since the
 * rules carry the font files.
 */
import { getSvgAsImage, type Editor, type TLPageId } from 'tldraw';

const CAPTION_FONT_PX = 16;
const CAPTION_LINE_PX = 22;
const CAPTION_PAD_PX = 16;

export interface PagePicture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Breaks text into lines of at most about `perLine` characters, keeping the writer's own breaks. */
export function wrapText(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > perLine) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** Wraps tldraw's SVG in one that carries the title, the text alternative and a visible caption. */
export function withTextAlternative(picture: PagePicture, title: string, description: string): PagePicture {
  const perLine = Math.max(20, Math.floor((picture.width - CAPTION_PAD_PX * 2) / (CAPTION_FONT_PX * 0.55)));
  const lines = description.trim() ? wrapText(description.trim(), perLine) : [];
  const captionHeight = lines.length > 0 ? lines.length * CAPTION_LINE_PX + CAPTION_PAD_PX * 2 : 0;
  const width = Math.ceil(picture.width);
  const height = Math.ceil(picture.height + captionHeight);
  const caption = lines
    .map(
      (line, i) =>
        `<text x="${CAPTION_PAD_PX}" y="${picture.height + CAPTION_PAD_PX + (i + 1) * CAPTION_LINE_PX - 6}" font-family="sans-serif" font-size="${CAPTION_FONT_PX}" fill="#0b0c0c">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    picture.svg.replace(/^<svg /, `<svg x="0" y="0" `) +
    caption +
    `</svg>`;
  return { svg, width, height };
}

/** The current contents of a page as SVG, or null when it is empty. */
export async function pagePicture(editor: Editor, pageId: TLPageId, title: string, description: string): Promise<PagePicture | null> {
  const ids = [...editor.getPageShapeIds(pageId)];
  if (ids.length === 0) return null;
  const result = await editor.getSvgString(ids, { background: true, padding: 32 });
  if (!result) return null;
  return withTextAlternative(result, title, description);
}

export async function pictureAsPng(picture: PagePicture): Promise<Blob | null> {
  return getSvgAsImage(picture.svg, { type: 'png', width: picture.width, height: picture.height, pixelRatio: 2 });
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
