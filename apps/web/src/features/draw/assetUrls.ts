/**
 * tldraw's fonts, icons and translations, bundled by Vite into our own dist/ and served by our own
 * server, so the canvas never asks tldraw's CDN for anything. (vite.config.ts keeps these files
 * out of inlining: fonts and fetched JSON as data: URLs would break the CSP's font-src and
 * connect-src 'self'.)
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';

export const DRAW_ASSET_URLS = getAssetUrlsByImport();
