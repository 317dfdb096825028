/**
 * Browser mode's stand-in for IPC: the same channels of `ipc.ts`, carried over HTTP to the
 * browser-mode server on 127.0.0.1, so that the admin panel, settings and statistics work (and are
 * tested end to end) without Electron. What needs Electron itself answers `unavailable`, and the
 * panel shows it as such.
 *
 *   POST api/ops/<channel>   headers: content-type: application/json, x-kiosk-ops: 1
 *   body:  { "args": [ ... ] }            (the channel's argument tuple)
 *   200:   { "ok": true, "result": ... }
 *   4xx/5xx: { "ok": false, "error": "message", "unavailable"?: true }
 *
 * `packs:import-zip` is the exception to the JSON body: its body is the zip itself
 * (content-type: application/zip), streamed to a file in the packs folder (never whole in memory,
 * the size limit enforced while it streams); the page sends the chosen File, which the browser
 * reads from disk as it uploads.
 * `kiosk:reload` answers ok and the page reloads itself.
 *
 * The custom header forces a CORS preflight that the server never grants, and the server also
 * checks Origin: a web page in the same browser cannot drive the kiosk's admin API.
 *
 * Types and constants only: safe to import from any process.
 */
import type { IpcChannel } from './ipc.ts';

export const OPS_HTTP_PATH = 'api/ops/';
export const OPS_HTTP_HEADER = 'x-kiosk-ops';

/** Channels that need the Electron main process; browser mode answers them `unavailable`. */
export const ELECTRON_ONLY_CHANNELS = [
  'shell:get-info',
  'kiosk:exit',
  'packs:choose-folder',
  'packs:choose-zip',
  'studio:open',
] as const satisfies readonly IpcChannel[];

export type OpsHttpResponse<T> = { ok: true; result: T } | { ok: false; error: string; unavailable?: boolean };
