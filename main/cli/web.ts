/**
 * Browser mode: the kiosk's content server in a plain Node HTTP server on 127.0.0.1.
 *   npm run web -- [--port 5174] [--pack DIR]
 * Prints the URL to open. Never listens on anything but the loopback interface.
 */
import { parseArgs } from 'node:util';
import { startBrowserMode } from './browser-mode.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.KIOSK_PORT ?? '5174' },
    pack: { type: 'string', default: process.env.KIOSK_PACK_DIR },
    renderer: { type: 'string' },
  },
  allowPositionals: false,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

const server = await startBrowserMode({ port, packDir: values.pack, rendererDir: values.renderer });
console.log(`Kiosk (browser mode) on ${server.url}`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
