/**
 * Pasted or dropped links become plain text on the canvas. tldraw's default would fetch the page to
 * unfurl a bookmark (a request to a third party from the meeting's devices) or embed the site.
 */
import { toRichText, type Editor, type TLAsset } from 'tldraw';

export function keepLinksLocal(editor: Editor): void {
  editor.registerExternalContentHandler('url', ({ url, point }) => {
    const at = point ?? editor.getViewportPageBounds().center;
    editor.createShape({ type: 'text', x: at.x, y: at.y, props: { richText: toRichText(url) } });
  });
  editor.registerExternalAssetHandler(
    'url',
    async ({ url }): Promise<TLAsset> => ({
      id: `asset:${encodeURIComponent(url).slice(0, 100)}` as TLAsset['id'],
      typeName: 'asset',
      type: 'bookmark',
      props: { src: url, title: url, description: '', image: '', favicon: '' },
      meta: {},
    }),
  );
}
