/**
 * The run's settings, read from the environment once at start (each is described in bench/run.ts's
 * header; BENCH_GPU and CHROMIUM_PATH in bench/chromium.ts). A setting it does not understand stops
 * the run before anything is measured.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchOptions } from './chromium.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const TOUCHES = Number(process.env.BENCH_TOUCHES ?? 200);
export const WALK = Number(process.env.BENCH_WALK ?? 5000);
export const SECTIONS = [
  'pack',
  'publish',
  'studio',
  'sheet',
  'boundary',
  'startup',
  'touch',
  'map',
  'memory',
  'scale',
  'photos',
] as const;
export const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const s of ONLY ?? []) {
  if (!(SECTIONS as readonly string[]).includes(s))
    throw new Error(`BENCH_ONLY: unknown section "${s}" (${SECTIONS.join(', ')})`);
}
export const runs = (section: (typeof SECTIONS)[number]) => !ONLY || ONLY.includes(section);
export const GRAPHICS = process.env.BENCH_GRAPHICS;
if (GRAPHICS !== undefined && GRAPHICS !== 'light' && GRAPHICS !== 'full')
  throw new Error(`BENCH_GRAPHICS: "${GRAPHICS}" is neither light nor full`);
export const PARTIAL = ONLY !== undefined || GRAPHICS !== undefined;
export const LAUNCH = launchOptions(process.env);
