/**
 * A typed client for the local Syncthing's REST API (on 127.0.0.1, authenticated by its API key).
 * Every request has a timeout; a request that could not reach Syncthing or got a 5xx is retried with
 * exponential backoff (Syncthing may be starting or restarting), a 4xx never is (asking again cannot
 * help). Failures are typed, so that callers can tell "not running" from "refused" from "garbled".
 */
import type {
  Completion,
  ConfigOptions,
  Connections,
  DeviceConfig,
  FolderConfig,
  FolderErrors,
  FolderStatus,
  PendingDevices,
  PendingFolders,
  SyncthingConfig,
  SyncthingEvent,
  SystemStatus,
} from './syncthing-types.ts';

/** Base class: anything that went wrong talking to Syncthing. */
export class SyncthingError extends Error {
  override name = 'SyncthingError';
}

/** Syncthing could not be reached, or did not answer in time (after every retry). */
export class SyncthingUnreachableError extends SyncthingError {
  override name = 'SyncthingUnreachableError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Syncthing did not answer ${path}: ${reason}`);
  }
}

/** Syncthing answered with an error status (4xx: our request was wrong; 5xx: after every retry). */
export class SyncthingHttpError extends SyncthingError {
  override name = 'SyncthingHttpError';
  constructor(
    readonly path: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`Syncthing answered ${status} to ${path}${body ? `: ${body.trim().slice(0, 200)}` : ''}`);
  }
}

/** Syncthing answered 2xx with a body that is not the JSON expected. */
export class SyncthingResponseError extends SyncthingError {
  override name = 'SyncthingResponseError';
  constructor(
    readonly path: string,
    readonly body: string,
  ) {
    super(`Syncthing's answer to ${path} is not valid JSON: ${body.slice(0, 100)}`);
  }
}

export interface SyncthingClientOptions {
  /** e.g. `http://127.0.0.1:22401` */
  baseUrl: string;
  apiKey: string;
  /** Per attempt, in ms (long-polls add their own wait on top). Default 10 s. */
  timeoutMs?: number;
  /** Attempts in all, first included. Default 4. */
  attempts?: number;
  /** First backoff delay in ms; it doubles after each failed attempt. Default 250 ms. */
  backoffMs?: number;
  /** Upper bound of one backoff delay. Default 5 s. */
  maxBackoffMs?: number;
  /** For tests: the wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Extra time allowed for a long-poll, in ms. */
  extraTimeoutMs?: number;
  /** Whether the answer is JSON to parse (false: the body is ignored). */
  json?: boolean;
  /** Overrides the number of attempts (events: the caller loops itself). */
  attempts?: number;
  signal?: AbortSignal;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SyncthingClient {
  readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: SyncthingClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.apiKey = options.apiKey;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.attempts = Math.max(1, options.attempts ?? 4);
    this.backoffMs = options.backoffMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 5_000;
    this.sleep = options.sleep ?? defaultSleep;
  }

  // --- system --------------------------------------------------------------------------------------

  systemStatus(): Promise<SystemStatus> {
    return this.request('/rest/system/status');
  }

  /** Resolves once Syncthing answers; with `attempts: 1` it is a single quick probe. */
  async ping(options: { attempts?: number } = {}): Promise<void> {
    await this.request('/rest/system/ping', { attempts: options.attempts });
  }

  async restart(): Promise<void> {
    await this.request('/rest/system/restart', { method: 'POST', json: false, attempts: 1 });
  }

  async shutdown(): Promise<void> {
    await this.request('/rest/system/shutdown', { method: 'POST', json: false, attempts: 1 });
  }

  connections(): Promise<Connections> {
    return this.request('/rest/system/connections');
  }

  /** Last time each device was seen (`/rest/stats/device`). */
  deviceStats(): Promise<Record<string, { lastSeen: string }>> {
    return this.request('/rest/stats/device');
  }

  // --- config --------------------------------------------------------------------------------------

  config(): Promise<SyncthingConfig> {
    return this.request('/rest/config');
  }

  async putConfig(config: SyncthingConfig): Promise<void> {
    await this.request('/rest/config', { method: 'PUT', body: config, json: false });
  }

  options(): Promise<ConfigOptions> {
    return this.request('/rest/config/options');
  }

  async patchOptions(changes: Partial<ConfigOptions>): Promise<void> {
    await this.request('/rest/config/options', { method: 'PATCH', body: changes, json: false });
  }

  devices(): Promise<DeviceConfig[]> {
    return this.request('/rest/config/devices');
  }

  /** Adds or replaces one device (fields not given take Syncthing's defaults). */
  async putDevice(device: Partial<DeviceConfig> & { deviceID: string }): Promise<void> {
    await this.request(`/rest/config/devices/${encodeURIComponent(device.deviceID)}`, {
      method: 'PUT',
      body: device,
      json: false,
    });
  }

  async patchDevice(deviceId: string, changes: Partial<DeviceConfig>): Promise<void> {
    await this.request(`/rest/config/devices/${encodeURIComponent(deviceId)}`, {
      method: 'PATCH',
      body: changes,
      json: false,
    });
  }

  async deleteDevice(deviceId: string): Promise<void> {
    await this.request(`/rest/config/devices/${encodeURIComponent(deviceId)}`, { method: 'DELETE', json: false });
  }

  folders(): Promise<FolderConfig[]> {
    return this.request('/rest/config/folders');
  }

  /** Adds or replaces one folder (fields not given take Syncthing's defaults). */
  async putFolder(folder: Partial<FolderConfig> & { id: string }): Promise<void> {
    await this.request(`/rest/config/folders/${encodeURIComponent(folder.id)}`, {
      method: 'PUT',
      body: folder,
      json: false,
    });
  }

  async patchFolder(folderId: string, changes: Partial<FolderConfig>): Promise<void> {
    await this.request(`/rest/config/folders/${encodeURIComponent(folderId)}`, {
      method: 'PATCH',
      body: changes,
      json: false,
    });
  }

  async deleteFolder(folderId: string): Promise<void> {
    await this.request(`/rest/config/folders/${encodeURIComponent(folderId)}`, { method: 'DELETE', json: false });
  }

  // --- pending (offered by others, not configured here) --------------------------------------------

  pendingDevices(): Promise<PendingDevices> {
    return this.request('/rest/cluster/pending/devices');
  }

  async dismissPendingDevice(deviceId: string): Promise<void> {
    await this.request('/rest/cluster/pending/devices', { method: 'DELETE', query: { device: deviceId }, json: false });
  }

  pendingFolders(): Promise<PendingFolders> {
    return this.request('/rest/cluster/pending/folders');
  }

  async dismissPendingFolder(folderId: string, deviceId: string): Promise<void> {
    await this.request('/rest/cluster/pending/folders', {
      method: 'DELETE',
      query: { folder: folderId, device: deviceId },
      json: false,
    });
  }

  // --- database --------------------------------------------------------------------------------------

  /** How complete `folder` is on `device` (default: this device). */
  completion(folder: string, device?: string): Promise<Completion> {
    return this.request('/rest/db/completion', { query: { folder, device } });
  }

  folderStatus(folder: string): Promise<FolderStatus> {
    return this.request('/rest/db/status', { query: { folder } });
  }

  /** Why the last pull left files out (a full disk says so here, not in the folder's state). */
  folderErrors(folder: string): Promise<FolderErrors> {
    return this.request('/rest/folder/errors', { query: { folder } });
  }

  /** Asks for a scan now rather than at the next interval. */
  async scan(folder: string): Promise<void> {
    await this.request('/rest/db/scan', { method: 'POST', query: { folder }, json: false });
  }

  // --- events ----------------------------------------------------------------------------------------

  /**
   * Events after `since`, waiting up to `timeoutS` seconds for one (long-poll). An empty list means
   * nothing happened in that time. One attempt: callers loop, and the signal stops the wait.
   */
  events(
    options: { since?: number; timeoutS?: number; types?: string[]; limit?: number; signal?: AbortSignal } = {},
  ): Promise<SyncthingEvent[]> {
    const timeoutS = options.timeoutS ?? 60;
    return this.request('/rest/events', {
      query: {
        since: options.since ?? 0,
        timeout: timeoutS,
        events: options.types?.join(','),
        limit: options.limit,
      },
      extraTimeoutMs: timeoutS * 1000,
      attempts: 1,
      signal: options.signal,
    });
  }

  // --- plumbing --------------------------------------------------------------------------------------

  private async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const attempts = Math.max(1, options.attempts ?? this.attempts);
    let delay = this.backoffMs;
    let lastError: SyncthingError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        await this.sleep(delay);
        delay = Math.min(delay * 2, this.maxBackoffMs);
      }
      const outcome = await this.attempt(url, path, options);
      if (outcome.ok) return outcome.value as T;
      lastError = outcome.error;
      if (!outcome.retry || options.signal?.aborted) break;
    }
    throw lastError ?? new SyncthingError(`Syncthing request ${path} failed`);
  }

  private async attempt(
    url: URL,
    path: string,
    options: RequestOptions,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: SyncthingError; retry: boolean }> {
    const timeout = AbortSignal.timeout(this.timeoutMs + (options.extraTimeoutMs ?? 0));
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: options.method ?? 'GET',
        headers: {
          'X-API-Key': this.apiKey,
          ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
        signal,
      });
      text = await response.text();
    } catch (error) {
      const reason = timeout.aborted
        ? `no answer within ${this.timeoutMs + (options.extraTimeoutMs ?? 0)} ms`
        : options.signal?.aborted
          ? 'cancelled'
          : describeNetworkError(error);
      return { ok: false, error: new SyncthingUnreachableError(path, reason), retry: !options.signal?.aborted };
    }
    if (!response.ok) {
      return { ok: false, error: new SyncthingHttpError(path, response.status, text), retry: response.status >= 500 };
    }
    if (options.json === false) return { ok: true, value: undefined };
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false, error: new SyncthingResponseError(path, text), retry: false };
    }
  }
}

/** `fetch failed` hides the useful part (ECONNREFUSED…) in `cause`. */
function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    if (cause instanceof Error) return (cause as Error & { code?: string }).code ?? cause.message;
    return error.message;
  }
  return String(error);
}
