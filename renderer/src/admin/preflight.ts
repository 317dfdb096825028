/**
 * The page's half of the pre-fair self-test: every image of the pack decodes, every video can
 * play, the bundled font loads, the screen and touch; main's half (pack, disk, displays) comes
 * from `system:preflight`.
 */
import type { PreflightReport } from '../../../main/contract/ipc';
import type { Pack } from '../../../main/core/pack/schema';
import { mediaUrl } from '../kiosk/media';

export interface CheckResult {
  id: string;
  /** null: could not be checked here (shown as such, not as a failure). */
  ok: boolean | null;
  /** i18n key of the check's name (admin namespace). */
  label: string;
  /** Details: plain text (paths, numbers), or problems. */
  details: string[];
  /** i18n key + values of a one-line summary. */
  summary?: { key: string; values?: Record<string, string | number> };
}

const IMAGE = /\.(svg|png|jpe?g|webp)$/i;
const VIDEO = /\.(webm|mp4)$/i;
const MEDIA_PATH = /^(?!\/)[A-Za-z0-9._\-/]+\.(svg|png|jpg|jpeg|webp|webm|mp4)$/;

/** Every media path named anywhere in the pack (the `file` and `poster` fields, and any other). */
export function packMediaPaths(pack: unknown): { images: string[]; videos: string[] } {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (MEDIA_PATH.test(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(pack);
  const all = [...found].sort();
  return { images: all.filter((p) => IMAGE.test(p)), videos: all.filter((p) => VIDEO.test(p)) };
}

export async function decodeImage(path: string): Promise<void> {
  const img = new Image();
  img.src = mediaUrl(path);
  await img.decode();
}

export function videoCanPlay(path: string, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    let timer = 0;
    const done = (err?: Error) => {
      window.clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      if (err) reject(err);
      else resolve();
    };
    timer = window.setTimeout(() => done(new Error('timeout')), timeoutMs);
    video.addEventListener(
      'loadedmetadata',
      () => {
        video.currentTime = Math.min(0.1, Number.isFinite(video.duration) ? video.duration / 2 : 0.1);
        video.addEventListener('canplay', () => done(), { once: true });
      },
      { once: true },
    );
    video.addEventListener(
      'error',
      () => done(new Error(video.error?.message || `media error ${video.error?.code ?? ''}`)),
      {
        once: true,
      },
    );
    video.src = mediaUrl(path);
  });
}

async function checkAll(paths: string[], check: (p: string) => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  // A few at a time: a big pack must not open hundreds of decoders at once.
  const queue = [...paths];
  const worker = async () => {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      try {
        await check(p);
      } catch (err) {
        problems.push(`${p}: ${err instanceof Error ? err.message || err.name : String(err)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return problems.sort();
}

function gib(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1);
}

export async function runPagePreflight(
  pack: Pack | null,
  main: PreflightReport | null,
  mainError: string | null,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];

  if (main) {
    results.push({
      id: 'pack',
      ok: main.pack.ok,
      label: 'preflight.pack',
      details: [...main.pack.errors, ...main.pack.warnings],
      summary: {
        key: 'preflight.packSummary',
        values: { errors: main.pack.errors.length, warnings: main.pack.warnings.length },
      },
    });
  } else {
    results.push({ id: 'pack', ok: false, label: 'preflight.pack', details: [mainError ?? ''] });
  }

  const { images, videos } = packMediaPaths(pack);
  const badImages = await checkAll(images, decodeImage);
  results.push({
    id: 'images',
    ok: badImages.length === 0 && pack !== null,
    label: 'preflight.images',
    details: badImages,
    summary: { key: 'preflight.mediaSummary', values: { ok: images.length - badImages.length, total: images.length } },
  });
  const badVideos = await checkAll(videos, (p) => videoCanPlay(p));
  results.push({
    id: 'videos',
    ok: badVideos.length === 0 && pack !== null,
    label: 'preflight.videos',
    details: badVideos,
    summary: { key: 'preflight.mediaSummary', values: { ok: videos.length - badVideos.length, total: videos.length } },
  });

  await document.fonts.ready;
  // The build's cut of Noto Sans SC (ui/fonts.css), both weights.
  const fontSpecs = ['16px "Kiosk Sans"', 'bold 16px "Kiosk Sans"'];
  await Promise.all(fontSpecs.map((f) => document.fonts.load(f, '徐州 Xuzhou').catch(() => [])));
  const fontsOk = fontSpecs.every((f) => document.fonts.check(f, '徐州 Xuzhou'));
  results.push({ id: 'fonts', ok: fontsOk, label: 'preflight.fonts', details: ['Kiosk Sans (Noto Sans SC) 400, 700'] });

  const dpr = window.devicePixelRatio || 1;
  results.push({
    id: 'screen',
    ok: screen.width * dpr >= 1280 && screen.height * dpr >= 720,
    label: 'preflight.screen',
    details: [],
    summary: {
      key: 'preflight.screenSummary',
      values: {
        width: screen.width,
        height: screen.height,
        dpr,
        pw: Math.round(screen.width * dpr),
        ph: Math.round(screen.height * dpr),
      },
    },
  });
  const touch = navigator.maxTouchPoints;
  results.push({
    id: 'touch',
    ok: touch > 0,
    label: 'preflight.touch',
    details: [],
    summary: { key: touch > 0 ? 'preflight.touchYes' : 'preflight.touchNo', values: { count: touch } },
  });

  if (main?.disk) {
    results.push({
      id: 'disk',
      ok: main.disk.enough,
      label: 'preflight.disk',
      details: [],
      summary: {
        key: 'preflight.diskSummary',
        values: { free: gib(main.disk.freeBytes), total: gib(main.disk.totalBytes) },
      },
    });
  } else {
    results.push({
      id: 'disk',
      ok: null,
      label: 'preflight.disk',
      details: [],
      summary: { key: 'preflight.diskUnknown' },
    });
  }

  if (main?.displays) {
    results.push({
      id: 'displays',
      ok: main.displays.length > 0,
      label: 'preflight.displays',
      details: main.displays.map(
        (d) => `#${d.id}: ${d.width}×${d.height} @${d.scaleFactor}x${d.touch ? ' touch' : ''}`,
      ),
    });
  }
  return results;
}
