/**
 * Browser mode: the kiosk's content server and HTTP bridge in a plain Node HTTP server on 127.0.0.1.
 *   npm run web -- [--port 5174] [--pack DIR] [--data DIR]
 * --pack (or KIOSK_PACK_DIR) fixes the pack shown (no import or rollback); --data (or KIOSK_DATA_DIR)
 * is the data folder: settings, PIN, statistics, pack library, CSV exports (default ~/.invest-kiosk).
 * Prints the URL to open. Never listens on anything but the loopback interface.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, startBrowserMode } from './browser-mode.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.KIOSK_PORT ?? '5174' },
    pack: { type: 'string', default: process.env.KIOSK_PACK_DIR },
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

const server = await startBrowserMode({
  port,
  packDir: values.pack === '' ? undefined : values.pack,
  dataDir: values.data,
  rendererDir: values.renderer,
});
console.log(`Kiosk (browser mode) on ${server.url}`);
console.log(`Data folder: ${server.dataDir}`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
