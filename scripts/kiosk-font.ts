/**
 * The kiosk's own cut of its typeface, made at build time.
 *
 * Noto Sans SC comes from @fontsource as about a hundred files per weight, one per range of
 * characters. Chromium treats each as a face of its own: laying out Chinese text walks those faces
 * character by character, every file that arrives re-lays out the page, and on a fair laptop this
 * was the largest share of the main thread's long tasks after a touch (20–60 ms of layout per new
 * screen). So the build cuts one file per weight holding exactly the characters the kiosk shows:
 * every text of the bundled packs and the locale files, Latin and the punctuation and number words
 * that formatting adds. The stylesheet puts that face ("Kiosk Sans") first and keeps the
 * @fontsource faces behind it, so a character that only a newly imported pack uses still appears
 * in the same typeface, from the fallback files.
 *
 * Sources: the full Noto Sans SC TrueType files of @expo-google-fonts/noto-sans-sc (SIL Open Font
 * Licence 1.1, which allows subsetting). HarfBuzz's subsetter (subset-font, WebAssembly) cuts them;
 * nothing here needs a network or a native build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';
import { isDrawn, stringsIn } from '../renderer/src/kiosk/drawn-text.ts';

/** The weights the stylesheet uses (500 resolves to 400; 600 and up to 700). */
export const KIOSK_FONT_WEIGHTS = [400, 700] as const;
export type KioskFontWeight = (typeof KIOSK_FONT_WEIGHTS)[number];

const SOURCE_FILES: Record<KioskFontWeight, string> = {
  400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

/** What the file of a weight is called in the output folder. */
export const kioskFontFile = (weight: KioskFontWeight) => `kiosk-sans-${weight}.woff2`;

/**
 * Characters the kiosk can show without any pack or locale saying so: printable ASCII and Latin-1,
 * CJK punctuation and fullwidth forms, the common dashes, quotes, bullets and arrows, and what Intl
 * adds when it formats numbers and dates in Chinese.
 */
const ALWAYS_RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
];
const ALWAYS_TEXT = '\u2212‐–—―‘’‚“”„†‡•…‰′″‹›※←↑→↓万亿年月日时分秒星期一二三四五六七八九十〇零上午下午';

/** The content studio's locale namespace, left out of the kiosk's cut. */
const STUDIO_LOCALE_FILE = 'studio.json';

async function jsonFiles(dir: string, name?: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'media') found.push(...(await jsonFiles(full, name)));
    } else if (name ? entry.name === name : entry.name.endsWith('.json')) found.push(full);
  }
  return found.sort();
}

/**
 * The characters of the kiosk's cut, in code point order, without control characters (spaces
 * stay: a space missing from the cut would fetch a range file of the fallback for it): those the bundled packs (`assets/packs/<pack>/pack.json`) and the locale files
 * (`locales/<language>/*.json`) contain, and the always-present ranges above. `ownFaces`:
 * languages set in a face of their own (scripts/language-font.ts), whose texts are left out.
 */
export async function kioskCharacters(root: string, options: { ownFaces?: readonly string[] } = {}): Promise<string> {
  const own = new Set(options.ownFaces ?? []);
  const texts: string[] = [ALWAYS_TEXT];
  for (const [from, to] of ALWAYS_RANGES) for (let c = from; c <= to; c++) texts.push(String.fromCodePoint(c));
  const locales = path.join(root, 'locales');
  const files = [
    ...(await jsonFiles(path.join(root, 'assets', 'packs'), 'pack.json')),
    // The studio's strings (studio.json) are not the kiosk's: the studio page uses the system's faces.
    ...(await jsonFiles(locales)).filter(
      (f) => path.basename(f) !== STUDIO_LOCALE_FILE && !own.has(path.relative(locales, f).split(path.sep)[0]!),
    ),
  ];
  for (const file of files) {
    try {
      for (const text of stringsIn(JSON.parse(await readFile(file, 'utf8')), own)) texts.push(text);
    } catch (error) {
      throw new Error(`Kiosk font: ${path.relative(root, file)} is not valid JSON (${(error as Error).message})`);
    }
  }
  const codes = new Set<number>();
  for (const text of texts) for (const ch of text) codes.add(ch.codePointAt(0)!);
  return [...codes]
    .filter(isDrawn)
    .sort((a, b) => a - b)
    .map((c) => String.fromCodePoint(c))
    .join('');
}

async function fontFace(font: Uint8Array) {
  const { Blob, Face } = await import('harfbuzzjs');
  return new Face(new Blob(await fontverter.convert(Buffer.from(font), 'sfnt')));
}

/** The code points a font file maps to glyphs (TrueType, OpenType or WOFF2). */
export async function fontCodePoints(font: Uint8Array): Promise<Set<number>> {
  return new Set((await fontFace(font)).collectUnicodes());
}

/** A font file's copyright (name ID 0) and licence (13), in English. */
export async function fontNotice(font: Uint8Array): Promise<{ copyright: string; licence: string }> {
  const face = await fontFace(font);
  return { copyright: face.getName(0, 'en'), licence: face.getName(13, 'en') };
}

/** Bumped when the way of cutting changes (options, tables kept): the stamp then no longer matches. */
const CUT_VERSION = 1;

/** What the stamp file says was cut; null when there is none or it cannot be read (cut again). */
async function readStamp(file: string): Promise<{ stamp?: unknown; missing?: string } | null> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

export interface KioskFontResult {
  /** False when the folder already held the files for these characters. */
  written: boolean;
  /** How many characters the files were cut for. */
  characters: number;
  /** Characters the source font has no glyph for (they fall back to the system's fonts). */
  missing: string;
  files: Record<KioskFontWeight, string>;
}

/**
 * Writes the cut into `outDir` (one WOFF2 per weight, and a stamp of what they hold), unless the
 * folder already has it for exactly these characters. Files are written under a temporary name and
 * renamed, so an interrupted build never leaves half a font behind.
 */
export async function writeKioskFonts(options: {
  root: string;
  outDir: string;
  /** The characters to keep; kioskCharacters(root) when omitted. */
  characters?: string;
}): Promise<KioskFontResult> {
  const characters = options.characters ?? (await kioskCharacters(options.root));
  const require = createRequire(path.join(options.root, 'package.json'));
  const sources = Object.fromEntries(KIOSK_FONT_WEIGHTS.map((w) => [w, require.resolve(SOURCE_FILES[w])])) as Record<
    KioskFontWeight,
    string
  >;
  const files = Object.fromEntries(
    KIOSK_FONT_WEIGHTS.map((w) => [w, path.join(options.outDir, kioskFontFile(w))]),
  ) as Record<KioskFontWeight, string>;
  const version = require('@expo-google-fonts/noto-sans-sc/package.json').version as string;
  const stamp = createHash('sha256').update(`${CUT_VERSION}\n${version}\n${characters}`).digest('hex');
  const stampFile = path.join(options.outDir, 'kiosk-sans.stamp');
  const count = [...characters].length;

  const previous = await readStamp(stampFile);
  if (previous?.stamp === stamp && Object.values(files).every((f) => existsSync(f))) {
    return { written: false, characters: count, missing: String(previous.missing ?? ''), files };
  }

  await mkdir(options.outDir, { recursive: true });
  let missing = '';
  for (const weight of KIOSK_FONT_WEIGHTS) {
    const source = await readFile(sources[weight]);
    // Name IDs 13 and 14 (the licence and its URL) as well as the defaults (0: the copyright): the
    // SIL Open Font Licence asks that they travel with every copy, modified ones included.
    const sfnt = await subsetFont(source, characters, { targetFormat: 'sfnt', preserveNameIds: [13, 14] });
    const has = await fontCodePoints(sfnt);
    if (weight === KIOSK_FONT_WEIGHTS[0])
      missing = [...characters].filter((ch) => !has.has(ch.codePointAt(0)!)).join('');
    const woff2 = await fontverter.convert(sfnt, 'woff2');
    const temp = `${files[weight]}.${process.pid}.tmp`;
    await writeFile(temp, woff2);
    await rename(temp, files[weight]);
  }
  const tempStamp = `${stampFile}.${process.pid}.tmp`;
  await writeFile(tempStamp, JSON.stringify({ stamp, characters: count, missing }));
  await rename(tempStamp, stampFile);
  return { written: true, characters: count, missing, files };
}
