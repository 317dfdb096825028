// Renders the one icon source, assets/icon.svg, to the icons electron-builder uses
// (directories.buildResources = assets/build):
//
//   assets/build/icon.png    1024×1024 (Linux, and the source electron-builder falls back to)
//   assets/build/icon.ico    Windows: 16–256 px, PNG-compressed entries (Windows Vista and later)
//   assets/build/icon.icns   macOS: 16–1024 px, including the @2x sizes, PNG-compressed entries
//
// ImageMagick's `convert` draws each size from the SVG; the .ico and .icns containers are written
// here (both are a small header and a table of PNG images), so that no other tool is needed and the
// files stay small. The outputs are committed; run this again after changing the SVG:
//
//   node scripts/make-icons.mjs
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(repoRoot, 'assets', 'icon.svg');
const outDir = path.join(repoRoot, 'assets', 'build');

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entry types and their pixel sizes (Apple's "icns" format, PNG-compressed types only).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['icp6', 64],
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256], // 128@2x
  ['ic09', 512],
  ['ic14', 512], // 256@2x
  ['ic10', 1024], // 512@2x
];

/**
 * One PNG of `size`×`size` pixels: the SVG drawn at its own 1024 px, then scaled down (smoother than
 * drawing tiny), without timestamps so that the bytes are reproducible.
 */
async function renderPng(size, workDir) {
  const file = path.join(workDir, `icon-${size}.png`);
  execFileSync('convert', [
    '-background',
    'none',
    source,
    '-resize',
    `${size}x${size}`,
    '-strip',
    '-define',
    'png:exclude-chunks=date,time',
    '-define',
    'png:compression-level=9',
    `png32:${file}`,
  ]);
  return readFile(file);
}

/** An .ico holding one PNG per size (width/height byte 0 means 256). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** An .icns: "icns", total length, then (type, length including its 8-byte header, PNG) entries. */
function icns(images) {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const workDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-icons-'));
try {
  await mkdir(outDir, { recursive: true });
  const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])];
  const pngs = new Map();
  for (const size of sizes) pngs.set(size, await renderPng(size, workDir));

  const outputs = {
    'icon.png': pngs.get(1024),
    'icon.ico': ico(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
    'icon.icns': icns(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
  };
  for (const [name, bytes] of Object.entries(outputs)) {
    await writeFile(path.join(outDir, name), bytes);
    console.log(`assets/build/${name}  ${(bytes.length / 1024).toFixed(1)} KB`);
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}
