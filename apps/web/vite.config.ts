import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compileCatalogues } from './src/i18n/compileCatalogue';
import { englishCatalogueFile, splitEnglish } from './src/i18n/englishPerChunk';

// The dev server forwards API calls and the sync socket to the Kinboard server.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const server = env.KINBOARD_SERVER ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [compileCatalogues(), splitEnglish(englishCatalogueFile(new URL('./src/i18n', import.meta.url).pathname)), react()],
  resolve: { dedupe: ['yjs', 'lib0', 'y-protocols'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    modulePreload: { polyfill: false },
    // tldraw's fonts and translations stay files: as data: URLs the CSP (font-src and connect-src
    // 'self') would refuse them. Other small assets may still be inlined.
    assetsInlineLimit: (file) => (file.includes('@tldraw/assets') ? false : undefined),
  },
  server: {
    proxy: {
      '/api': { target: server },
      '/sync': { target: server, ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: server },
      '/sync': { target: server, ws: true },
    },
  },
});
