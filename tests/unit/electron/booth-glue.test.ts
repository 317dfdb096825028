/**
 * The booth engine's place in the app's lifecycle, with Electron mocked: which Syncthing binary a
 * packaged app and a dev run use, and that quitting waits for Syncthing to stop (the real quit is
 * Electron's; only the ordering is tested here).
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { SyncthingBoothEngine } from '../../../main/core/booth/syncthing/syncthing-booth-engine.ts';
import {
  BOOTH_STOP_TIMEOUT_MS,
  boothEngineOptions,
  boothEngineStarter,
  stopBoothOnQuit,
} from '../../../main/electron/booth-glue.ts';

vi.mock('electron', () => ({}));

class FakeApp extends EventEmitter {
  readonly quit = vi.fn(() => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
    return event.defaultPrevented;
  });
}

describe('the booth engine in the app', () => {
  it('a packaged app looks for the Syncthing the installer bundled; a dev run does not', () => {
    const inputs = { userDataDir: '/data', resourcesPath: '/app/resources', env: {} };
    expect(boothEngineOptions({ ...inputs, isPackaged: true })).toMatchObject({
      dataDir: '/data',
      resourcesPath: '/app/resources',
    });
    expect(boothEngineOptions({ ...inputs, isPackaged: false }).resourcesPath).toBeUndefined();
  });

  it('starts a new engine for each role the machine takes, without waiting for Syncthing', async () => {
    const start = vi.fn(() => new Promise<void>(() => {}));
    const starter = boothEngineStarter(
      { userDataDir: '/data', resourcesPath: '/r', env: {}, isPackaged: true },
      () => ({ start }) as unknown as SyncthingBoothEngine,
    );
    expect(start).not.toHaveBeenCalled();
    const engine = await starter();
    expect(start).toHaveBeenCalledOnce();
    expect(engine.start).toBe(start);
    await starter();
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('the first quit waits for Syncthing to stop, then the app quits', async () => {
    const app = new FakeApp();
    let finish = () => {};
    const stop = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    stopBoothOnQuit(app, { stop });
    expect(app.quit()).toBe(true); // held
    expect(app.quit()).toBe(true); // a second quit while stopping is held too, and stops once
    expect(stop).toHaveBeenCalledOnce();
    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(3));
    // The quit after the stop went through.
    expect(app.quit.mock.results[2]!.value).toBe(false);
  });

  it('a Syncthing that does not stop does not keep the app from quitting', async () => {
    vi.useFakeTimers();
    try {
      const app = new FakeApp();
      stopBoothOnQuit(app, { stop: () => new Promise<void>(() => {}) });
      app.quit();
      await vi.advanceTimersByTimeAsync(BOOTH_STOP_TIMEOUT_MS);
      expect(app.quit).toHaveBeenCalledTimes(2);
      expect(app.quit.mock.results[1]!.value).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
