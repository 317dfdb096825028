import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { kioskCharacters, writeKioskFonts } from './scripts/kiosk-font.ts';
import { languageCharacters, languagesWithFaces, writeLanguageCut } from './scripts/language-font.ts';

/**
 * Renderer build. The same output runs under `app://kiosk/` (Electron) and
 * `http://127.0.0.1:PORT/` (browser mode), so every URL is relative (`base: './'`).
 * The page has a strict CSP: no inline scripts, no inlined data: assets, no modulepreload polyfill.
 */
const API_TARGET = 'http://127.0.0.1:5174';

/**
 * The dev server is not the kiosk: it injects inline scripts (React Refresh) that the kiosk's CSP
 * forbids, and nothing fills the %KIOSK_CSP% token. So in `vite` (serve) only, drop the CSP meta
 * tag. Builds keep the token for the content server to fill.
 */
function devWithoutCspMeta(): Plugin {
  return {
    name: 'kiosk-dev-without-csp-meta',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/**
 * The bundled Noto Sans SC (@fontsource) lists each subset as woff2 and woff. Chromium only ever
 * takes the woff2, so drop the woff fallbacks: they would double the fonts' share of the asar.
 */
function woff2Only(): Plugin {
  return {
    name: 'kiosk-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

/**
 * The kiosk's cut of Noto Sans SC (scripts/kiosk-font.ts): one file per weight with the characters
 * of the bundled packs and the locale files, made before anything imports the stylesheet that
 * names it, and made again only when those characters change. `virtual:kiosk-font-coverage` is the
 * string of those characters, for the renderer to tell whether a pack needs the fallback faces.
 */
const COVERAGE_ID = 'virtual:kiosk-font-coverage';
function kioskFont(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url));
  // Read once per build (every pack and locale file), for the cut and for the virtual module alike.
  let characters = '';
  return {
    name: 'kiosk-font',
    resolveId: (id) => (id === COVERAGE_ID ? `\0${COVERAGE_ID}` : null),
    load: (id) => (id === `\0${COVERAGE_ID}` ? `export default ${JSON.stringify(characters)};` : null),
    async buildStart() {
      const ownFaces = await languagesWithFaces(root);
      characters = await kioskCharacters(root, { ownFaces: ownFaces.map((l) => l.lang) });
      const font = await writeKioskFonts({
        root,
        outDir: fileURLToPath(new URL('./renderer/src/fonts', import.meta.url)),
        characters,
      });
      if (font.written) {
        const missing = font.missing ? `; not in Noto Sans SC, left to system fonts: ${font.missing}` : '';
        this.info(`Kiosk Sans cut for ${font.characters} characters${missing}`);
      }
      // A language with a face of its own (locale: language.typeface.faces) gets its own cut.
      for (const { lang, faces } of ownFaces) {
        const cut = await writeLanguageCut({
          root,
          outDir: fileURLToPath(new URL('./renderer/src/fonts', import.meta.url)),
          faces,
          characters: await languageCharacters(root, lang),
        });
        if (cut.written) this.info(`${cut.family} cut for ${lang}: ${cut.characters} characters in ${cut.files} files`);
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [kioskFont(), react(), devWithoutCspMeta(), woff2Only()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'chrome120',
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    fs: {
      // The renderer imports locale files from <repo>/locales.
      allow: [fileURLToPath(new URL('.', import.meta.url))],
    },
    proxy: {
      '/api': { target: API_TARGET, changeOrigin: false },
      '/media': { target: API_TARGET, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
});
