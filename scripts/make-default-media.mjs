#!/usr/bin/env node
/**
 * Regenerates the media of the default Xuzhou content pack (assets/packs/xuzhou/media).
 *
 * Everything is drawn here: flat SVG illustrations written from hand-made templates, and two short
 * looping VP9 clips rendered by ffmpeg from SVG frames of the same scenes. No photos, no fonts, no
 * text in the pictures, no scripts and no external references inside the SVGs.
 *
 *   node scripts/make-default-media.mjs            # SVGs and videos
 *   node scripts/make-default-media.mjs --svg-only # SVGs only (no ffmpeg needed)
 *
 * Needs ffmpeg built with librsvg (Debian's is) and libvpx for the videos.
 * The output is deterministic: the "random" details come from a seeded generator.
 *
 * This file writes the files; what they show is drawn in scripts/default-media/ (catalogue.mjs
 * says which scene draws which file; covers/, scenes/ and parts/ draw them; svg.mjs and palette.mjs
 * are the pen and the colours).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameSvg, stills, videos } from './default-media/catalogue.mjs';
import { encodeVideo } from './default-media/video.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'assets/packs/xuzhou/media');
const SVG_ONLY = process.argv.includes('--svg-only');

function write(rel, text) {
  const file = join(OUT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function main() {
  for (const [rel, make] of Object.entries(stills)) write(rel, make());
  for (const [rel, spec] of Object.entries(videos)) {
    write(`${rel}-poster.svg`, frameSvg(spec, spec.posterAt ?? 0));
    if (SVG_ONLY) continue;
    encodeVideo(spec, join(OUT, `${rel}.webm`));
  }
  let total = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        total += st.size;
        console.log(`${String(st.size).padStart(9)}  ${relative(ROOT, p)}`);
      }
    }
  };
  walk(OUT);
  console.log(`${String(total).padStart(9)}  total`);
}

main();
