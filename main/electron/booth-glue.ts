/**
 * The booth engine in the Electron app: created at start (Syncthing runs only when the booth role is
 * not `none`), and stopped before the app quits, so that Syncthing is never left running without
 * the kiosk. The engine itself is plain Node (main/core/booth); this is only where Electron's
 * lifecycle meets it.
 */
import type { BoothRuntime } from '../core/booth/booth-runtime.ts';
import {
  createBoothEngine,
  type BoothEngineOptions,
  type SyncthingBoothEngine,
} from '../core/booth/syncthing/syncthing-booth-engine.ts';

/** What the studio's publish needs of the booth (studio-routes' `booth` option). */
export interface StudioBoothLink {
  isLaptop(): boolean;
  publish(dir: string, id: string, version: string): Promise<unknown>;
}

/** The booth's runtime as far as the studio uses it. */
export type StudioBoothRuntime = Pick<BoothRuntime, 'currentRole' | 'publish'>;

/**
 * The studio window's link to the booth, as browser mode wires it: the studio window is created
 * before kiosk operations (which open the booth), so the runtime is looked up at each use. Without a
 * booth (yet), the studio is not the booth's laptop and publishing to the booth says so.
 */
export function studioBoothLink(runtime: () => StudioBoothRuntime | undefined): StudioBoothLink {
  return {
    isLaptop: () => runtime()?.currentRole() === 'laptop',
    async publish(dir, id, version) {
      const booth = runtime();
      if (!booth || booth.currentRole() !== 'laptop') throw new Error('this machine is not the booth’s laptop');
      return booth.publish(dir, id, version);
    },
  };
}

/** Longest wait for Syncthing to stop before the app quits anyway. */
export const BOOTH_STOP_TIMEOUT_MS = 15_000;

export interface BoothStartInputs {
  userDataDir: string;
  isPackaged: boolean;
  /** `process.resourcesPath`: where the installers put `syncthing/` (extraResources). */
  resourcesPath: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** What createBoothEngine gets: the bundled binary only in a packaged app (a dev run uses PATH). */
export function boothEngineOptions(inputs: BoothStartInputs): BoothEngineOptions {
  return {
    dataDir: inputs.userDataDir,
    resourcesPath: inputs.isPackaged ? inputs.resourcesPath : undefined,
    env: inputs.env,
  };
}

/**
 * What the booth's runtime (main/core/booth/open-booth.ts) calls when this machine takes a role: a
 * new engine, started in the background (it never rejects: its state says why), so that the kiosk's
 * start never waits for Syncthing.
 */
export function boothEngineStarter(
  inputs: BoothStartInputs,
  create: (options: BoothEngineOptions) => SyncthingBoothEngine = createBoothEngine,
): () => Promise<SyncthingBoothEngine> {
  return () => {
    const engine = create(boothEngineOptions(inputs));
    void engine.start();
    return Promise.resolve(engine);
  };
}

/** The part of Electron's `app` used here. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Holds the first quit until the engine has stopped (or BOOTH_STOP_TIMEOUT_MS passed), then quits
 * again; that second quit goes through.
 */
export function stopBoothOnQuit(app: QuittingApp, engine: Pick<SyncthingBoothEngine, 'stop'>): void {
  let stopping = false;
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, BOOTH_STOP_TIMEOUT_MS).unref());
    void Promise.race([engine.stop().catch(() => {}), timeout]).then(() => {
      stopped = true;
      app.quit();
    });
  });
}
