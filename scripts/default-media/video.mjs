/**
 * A looping VP9 clip from the SVG frames of a scene: ffmpeg (built with librsvg and libvpx, as
 * Debian's is) rasterises and encodes them; `-fflags +bitexact` leaves its version out of the file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { frameSvg } from './catalogue.mjs';

/** Writes `spec` (an entry of `videos`) to `target`, a .webm file. */
export function encodeVideo(spec, target) {
  const tmp = mkdtempSync(join(tmpdir(), 'kiosk-frames-'));
  try {
    const fps = 25;
    const n = spec.seconds * fps;
    for (let i = 0; i < n; i++) writeFileSync(join(tmp, `f${String(i).padStart(4, '0')}.svg`), frameSvg(spec, i / fps));
    mkdirSync(dirname(target), { recursive: true });
    execFileSync(
      'ffmpeg',
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-y',
        '-framerate',
        String(fps),
        '-i',
        join(tmp, 'f%04d.svg'),
        '-vf',
        'scale=1280:720,format=yuv420p',
        '-c:v',
        'libvpx-vp9',
        '-b:v',
        '600k',
        '-g',
        String(fps),
        '-row-mt',
        '1',
        '-deadline',
        'good',
        '-cpu-used',
        '2',
        '-an',
        '-fflags',
        '+bitexact',
        target,
      ],
      { stdio: 'inherit' },
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
