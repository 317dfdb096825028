/**
 * Which Chromium the benchmark launches and how, and how that Chromium says it draws.
 *
 * By default: headless, with `--disable-gpu`, so that every machine measures the same path, the
 * CPU's (the floor). `BENCH_GPU=1`: Chromium in a window and with its GPU when the machine's driver
 * allows it, which is how the kiosk's Electron draws on that machine. Whether it did is not assumed:
 * `drawPath` reads Chromium's own feature status (what chrome://gpu shows) into the results.
 */
import { existsSync } from 'node:fs';

export interface Launch {
  /** undefined: Playwright's own Chromium (`npx playwright install chromium`). */
  executablePath: string | undefined;
  headless: boolean;
  args: string[];
  /** The run asked for the GPU. */
  gpu: boolean;
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function launchOptions(env: NodeJS.ProcessEnv, exists: (file: string) => boolean = existsSync): Launch {
  const gpuSetting = env.BENCH_GPU ?? '0';
  if (gpuSetting !== '0' && gpuSetting !== '1')
    throw new Error(
      `BENCH_GPU: "${gpuSetting}" is neither 1 (draw with the GPU, in a window) nor 0 (the CPU, headless)`,
    );
  const gpu = gpuSetting === '1';
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && !exists(chosen)) throw new Error(`CHROMIUM_PATH: there is no browser at "${chosen}"`);
  return {
    executablePath: chosen ?? (exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined),
    // A headless Chromium may keep to a software renderer whatever the machine has: a window, as the kiosk.
    headless: !gpu,
    args: [
      '--no-sandbox',
      ...(gpu ? [] : ['--disable-gpu']),
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    gpu,
  };
}

export interface DrawPath {
  raster: 'GPU' | 'CPU';
  compositing: 'GPU' | 'CPU';
  /** One line for the results: where each stage ran, Chromium's own words, and the device. */
  text: string;
}

/** Chromium's feature states are "enabled…" when the GPU does the work; anything else is the CPU. */
const onGpu = (state: string | undefined): boolean => state?.startsWith('enabled') ?? false;

/**
 * @param featureStatus `SystemInfo.getInfo().gpu.featureStatus` (the table of chrome://gpu)
 * @param device the GPU's name as Chromium reports it, when it reports one
 */
export function drawPath(featureStatus: Record<string, string>, device?: string): DrawPath {
  const raster = onGpu(featureStatus.rasterization) ? 'GPU' : 'CPU';
  const compositing = onGpu(featureStatus.gpu_compositing) ? 'GPU' : 'CPU';
  const states = `rasterization ${featureStatus.rasterization ?? 'not reported'}, gpu_compositing ${featureStatus.gpu_compositing ?? 'not reported'}`;
  return {
    raster,
    compositing,
    text: `raster on the ${raster}, compositing on the ${compositing} (chrome://gpu: ${states}${device ? `; ${device}` : ''})`,
  };
}
