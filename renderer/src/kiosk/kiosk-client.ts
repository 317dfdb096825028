/**
 * The one client of the kiosk API (`main/contract/ipc.ts`): `window.kiosk` in Electron (the
 * preload's proxies), else the same channels over HTTP to the browser-mode server
 * (`main/contract/ops-http.ts`). Every caller — admin panel, settings, visit statistics — goes
 * through `kiosk`, so browser mode behaves like Electron wherever it can, and says so where not.
 */
import type {
  IpcChannel,
  IpcContract,
  IpcEvent,
  IpcEvents,
  KioskApi,
  PackImportPhase,
  PackImportProgress,
  PackImportResult,
} from '../../../main/contract/ipc';
import type { OpsHttpResponse } from '../../../main/contract/ops-http';
import { PREVIEW_MODE } from './preview-mode';

// Values of ops-http.ts repeated here: the renderer imports only types from main/.
const OPS_HTTP_PATH = 'api/ops/';
const OPS_HTTP_HEADER = 'x-kiosk-ops';
const ELECTRON_ONLY: readonly IpcChannel[] = [
  'shell:get-info',
  'kiosk:exit',
  'packs:choose-folder',
  'packs:choose-zip',
  'studio:open',
];

/** The preload's API, with its event subscription (older shells may lack parts of it). */
type ElectronKiosk = Partial<KioskApi> & {
  on?: <E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void) => (() => void) | void;
};

/** A channel answered with an error (`unavailable`: browser mode cannot do this at all). */
export class KioskApiError extends Error {
  constructor(
    message: string,
    readonly unavailable = false,
  ) {
    super(message);
    this.name = 'KioskApiError';
  }
}

function electron(): ElectronKiosk | undefined {
  if (typeof window === 'undefined') return undefined;
  return (window as { kiosk?: ElectronKiosk }).kiosk;
}

/** true in Electron (the preload's `window.kiosk`), false in browser mode. */
export function isElectron(): boolean {
  return electron() !== undefined;
}

/** Whether `channel` can work here: in browser mode the Electron-only channels cannot. */
export function isAvailable(channel: IpcChannel): boolean {
  const shell = electron();
  if (shell) return typeof shell[channel] === 'function';
  return !ELECTRON_ONLY.includes(channel);
}

function unwrap<T>(status: number, text: string): T {
  let body: OpsHttpResponse<T> | undefined;
  try {
    body = JSON.parse(text) as OpsHttpResponse<T>;
  } catch {
    throw new KioskApiError(`HTTP ${status}`);
  }
  if (body && body.ok) return body.result;
  throw new KioskApiError(body?.error ?? `HTTP ${status}`, body?.unavailable === true);
}

async function httpCall<C extends IpcChannel>(channel: C, args: unknown[]): Promise<IpcContract[C]['result']> {
  if (ELECTRON_ONLY.includes(channel)) throw new KioskApiError('unavailable in browser mode', true);
  const res = await fetch(OPS_HTTP_PATH + channel, {
    method: 'POST',
    cache: 'no-store',
    headers: { 'content-type': 'application/json', [OPS_HTTP_HEADER]: '1' },
    body: JSON.stringify({ args }),
  });
  return unwrap<IpcContract[C]['result']>(res.status, await res.text());
}

/** Progress of an import: its phase, and how far it is, 0–1 (null when the phase has no byte count). */
export type ProgressListener = (progress: { phase: PackImportPhase; fraction: number | null }) => void;

function reportTo(onProgress: ProgressListener | undefined) {
  return (p: PackImportProgress) =>
    onProgress?.({ phase: p.phase, fraction: p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : null });
}

/** How often browser mode asks `packs:status` for the import's phase (it has no events). */
const IMPORT_POLL_MS = 250;

/**
 * Browser mode: the chosen file as the raw body (the browser reads it from disk as it uploads; the
 * page never holds it), with upload progress as the copy phase (fetch cannot report it), then the
 * server's phases from `packs:status`, polled until the import answers.
 */
function httpImportZip(file: Blob, onProgress?: ProgressListener): Promise<PackImportResult> {
  const report = reportTo(onProgress);
  let serverPhase = false;
  let finished = false;
  const poll = setInterval(() => {
    httpCall('packs:status', []).then(
      (status) => {
        if (finished || !status.import) return;
        serverPhase ||= status.import.phase !== 'copy';
        report(status.import);
      },
      () => undefined,
    );
  }, IMPORT_POLL_MS);
  return new Promise<PackImportResult>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', OPS_HTTP_PATH + 'packs:import-zip');
    xhr.setRequestHeader('content-type', 'application/zip');
    xhr.setRequestHeader(OPS_HTTP_HEADER, '1');
    xhr.upload.onprogress = (e) => {
      if (!serverPhase) report({ phase: 'copy', bytesDone: e.loaded, bytesTotal: e.lengthComputable ? e.total : 0 });
    };
    xhr.onload = () => {
      try {
        resolve(unwrap(xhr.status, xhr.responseText));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    xhr.onerror = () => reject(new KioskApiError('network error'));
    report({ phase: 'copy', bytesDone: 0, bytesTotal: file.size });
    xhr.send(file);
  }).finally(() => {
    finished = true;
    clearInterval(poll);
  });
}

function call<C extends IpcChannel>(channel: C) {
  return (...args: IpcContract[C]['args']): Promise<IpcContract[C]['result']> => {
    const shell = electron();
    if (!shell) return httpCall(channel, args);
    const fn = shell[channel] as ((...a: IpcContract[C]['args']) => Promise<IpcContract[C]['result']>) | undefined;
    if (!fn) return Promise.reject(new KioskApiError(`${channel} is not offered by this shell`, true));
    return fn(...args);
  };
}

const api = {
  'shell:get-info': call('shell:get-info'),
  'admin:unlock': call('admin:unlock'),
  'admin:change-pin': call('admin:change-pin'),
  'admin:lock': call('admin:lock'),
  'settings:get': call('settings:get'),
  'settings:set': call('settings:set'),
  'stats:summary': call('stats:summary'),
  'stats:export-csv': call('stats:export-csv'),
  'stats:record': call('stats:record'),
  'stats:top-interest': call('stats:top-interest'),
  'kiosk:reload': async () => {
    const shell = electron();
    if (shell) return call('kiosk:reload')();
    await httpCall('kiosk:reload', []);
    location.reload();
  },
  'kiosk:exit': call('kiosk:exit'),
  'packs:status': call('packs:status'),
  'packs:import-zip': call('packs:import-zip'),
  'packs:choose-folder': call('packs:choose-folder'),
  'packs:choose-zip': call('packs:choose-zip'),
  'packs:rollback': call('packs:rollback'),
  'system:preflight': call('system:preflight'),
  'logs:report': call('logs:report'),
  'logs:tail': call('logs:tail'),
  'logs:export': call('logs:export'),
  'leads:status': call('leads:status'),
  'leads:submit': call('leads:submit'),
  'leads:list': call('leads:list'),
  'leads:export-csv': call('leads:export-csv'),
  'leads:delete-all': call('leads:delete-all'),
  'studio:open': call('studio:open'),
  'booth:view': call('booth:view'),
  'booth:set-role': call('booth:set-role'),
  'booth:pair': call('booth:pair'),
  'booth:unpair': call('booth:unpair'),
  'booth:publish': call('booth:publish'),
  'booth:stats': call('booth:stats'),
  'booth:export-csv': call('booth:export-csv'),
} satisfies KioskApi;

/** The kiosk API, plus its events and a zip import that reports progress in both shells. */
export const kiosk = {
  ...api,
  /** Subscribes to an event main pushes (Electron only; a no-op in browser mode). Returns the unsubscribe. */
  on<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void): () => void {
    const off = electron()?.on?.(event, listener);
    return typeof off === 'function' ? off : () => undefined;
  },
  /** Browser mode: uploads the chosen zip (`packs:import-zip`), with its phases. Electron takes no zip from the page. */
  importZip(file: Blob, onProgress?: ProgressListener): Promise<PackImportResult> {
    if (isElectron()) return Promise.reject(new KioskApiError('Electron imports a zip with packs:choose-zip', true));
    return httpImportZip(file, onProgress);
  },
  /** Electron: main's dialog picks the zip and main imports it (`packs:choose-zip`), with `packs:import-progress`. */
  async chooseZip(onProgress?: ProgressListener): Promise<PackImportResult> {
    const off = kiosk.on('packs:import-progress', reportTo(onProgress));
    try {
      return await api['packs:choose-zip']();
    } finally {
      off();
    }
  },
};

export type KioskClient = typeof kiosk;

/** The message of an error thrown by a channel. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The client for callers that treat every channel as optional (settings, visit statistics). */
export function kioskApi(): Partial<KioskApi> | undefined {
  // The studio's preview has no shell of its own: no settings, statistics or log to talk to.
  if (typeof window === 'undefined' || PREVIEW_MODE) return undefined;
  return kiosk;
}
