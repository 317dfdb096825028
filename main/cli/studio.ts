/**
 * Studio mode: browser mode (the kiosk at `/`, its data folder and pack library) plus the content
 * studio at `/studio/`, where staff edit a draft and publish it to the kiosk.
 *   npm run studio -- [--port 5175] [--pack DIR] [--data DIR]
 * --pack opens that pack folder as the draft when no draft exists yet (the kiosk itself keeps
 * showing its library's pack, so publish and rollback work); --data is the data folder, as for
 * `npm run web`. Prints the studio's URL. Listens on the loopback interface only.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, startBrowserMode } from './browser-mode.ts';
import { newStudioToken } from '../core/studio/studio-http.ts';
import { DraftStore } from '../core/studio/draft-store.ts';
import { openFolder } from '../core/studio/open-draft.ts';
import { formatIssue } from '../core/pack/pack-issue.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.KIOSK_STUDIO_PORT ?? '5175' },
    pack: { type: 'string' },
    data: { type: 'string', default: process.env.KIOSK_DATA_DIR ?? DEFAULT_DATA_DIR },
    renderer: { type: 'string' },
  },
  allowPositionals: false,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

if (values.pack) {
  const store = new DraftStore(values.data);
  if ((await store.read()) === null) {
    const opened = await openFolder(values.pack, 'folder');
    if (!opened.ok) {
      console.error(`--pack ${values.pack} cannot be opened:`);
      for (const issue of opened.errors) console.error(`  ${formatIssue(issue)}`);
      process.exit(2);
    }
    await store.replace(opened.draft, opened.fill);
  } else {
    console.log(`A draft already exists in ${values.data}; --pack ignored (open the folder from the studio instead).`);
  }
}

const server = await startBrowserMode({
  port,
  dataDir: values.data,
  rendererDir: values.renderer,
  studio: { token: newStudioToken() },
});
console.log(`Content studio on ${server.studioUrl}`);
console.log(`Kiosk (browser mode) on ${server.url}`);
console.log(`Data folder: ${server.dataDir}`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
