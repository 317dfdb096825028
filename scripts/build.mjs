// Builds everything the kiosk runs: the renderer (Vite), the Electron main process and preload
// (esbuild, CommonJS as Electron's sandboxed preload requires) and the browser-mode server.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const quiet = process.argv.includes('--quiet');
const started = Date.now();

await viteBuild({ configFile: 'vite.config.ts', mode: 'production', logLevel: quiet ? 'warn' : 'info' });
// The content studio's page (renderer/studio.html), built on its own into the same folder so that
// the kiosk's page shares no chunk with it and builds exactly as without it.
await viteBuild({
  configFile: 'vite.config.ts',
  mode: 'production',
  logLevel: quiet ? 'warn' : 'info',
  // One chunk of ~1 MB (React, zod, the forms) is right for a desktop tool loaded from this machine.
  build: { emptyOutDir: false, chunkSizeWarningLimit: 1500, rolldownOptions: { input: 'renderer/studio.html' } },
});

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};
await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['main/electron/electron-main.ts'],
    outfile: 'dist/main/electron-main.cjs',
    format: 'cjs',
    // sharp is native (libvips): loaded at run time from node_modules, unpacked beside the asar
    // (electron-builder.yml), never bundled.
    external: ['electron', 'sharp'],
  }),
  esbuild({
    ...common,
    entryPoints: ['main/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  esbuild({
    ...common,
    entryPoints: ['main/cli/web.ts'],
    outfile: 'dist/cli/web.mjs',
    format: 'esm',
    packages: 'external',
  }),
]);

console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
