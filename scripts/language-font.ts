/**
 * A language's own cut of its typeface, made at build time, for a language whose locale names an
 * @fontsource package in `language.typeface.faces` (Japanese: noto-sans-jp, so that kanji take
 * their Japanese forms).
 *
 * Bundling the package whole would add its ~120 range files per weight (6 MB for Noto Sans JP) to
 * the app. So, like the kiosk's cut of Noto Sans SC (kiosk-font.ts), only the characters the
 * language shows are kept: those of its locale files, of the bundled packs' texts in it, and the
 * Latin, digits and punctuation around them. @fontsource ships no single full font file to cut
 * from, so each range file that holds some of those characters is cut to them: one small file per
 * range and weight, and a stylesheet `<package>.css` naming them as the face "Kiosk <family>"
 * with each file's characters as its unicode-range. A character only a newly imported pack uses
 * falls to the next family in the language's stack.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { isDrawn, stringsIn } from '../renderer/src/kiosk/drawn-text.ts';
import { KIOSK_FONT_WEIGHTS } from './kiosk-font.ts';

/** Characters every cut keeps: printable ASCII, CJK punctuation, fullwidth forms, common marks. */
const ALWAYS_RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
];
const ALWAYS_TEXT = '\u00a0\u00d7\u2212‐–—‘’“”…※・ー～';

/** Bumped when the way of cutting changes: the stamp then no longer matches. */
const CUT_VERSION = 1;

export interface LanguageTypeface {
  lang: string;
  /** The @fontsource package, e.g. noto-sans-jp. */
  faces: string;
}

/** Languages whose locale names an @fontsource package to cut (`language.typeface.faces`). */
export async function languagesWithFaces(root: string): Promise<LanguageTypeface[]> {
  const dir = path.join(root, 'locales');
  if (!existsSync(dir)) return [];
  const found: LanguageTypeface[] = [];
  for (const lang of (await readdir(dir)).sort()) {
    const file = path.join(dir, lang, 'common.json');
    if (!existsSync(file)) continue;
    const common = JSON.parse(await readFile(file, 'utf8')) as { language?: { typeface?: { faces?: unknown } } };
    const faces = common.language?.typeface?.faces;
    if (typeof faces === 'string' && /^[a-z0-9-]+$/.test(faces)) found.push({ lang, faces });
  }
  return found;
}

/** Every text of a pack (however deep) in one language: the `lang` member of each localized text. */
function textsIn(value: unknown, lang: string, out: string[]): string[] {
  if (Array.isArray(value)) for (const item of value) textsIn(item, lang, out);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === lang && typeof child === 'string') out.push(child);
      else textsIn(child, lang, out);
    }
  }
  return out;
}

/** The characters a language's cut keeps, in code point order. */
export async function languageCharacters(root: string, lang: string): Promise<string> {
  const texts: string[] = [ALWAYS_TEXT];
  for (const [from, to] of ALWAYS_RANGES) for (let c = from; c <= to; c++) texts.push(String.fromCodePoint(c));
  const localeDir = path.join(root, 'locales', lang);
  for (const file of (await readdir(localeDir)).filter((f) => f.endsWith('.json')).sort()) {
    texts.push(...stringsIn(JSON.parse(await readFile(path.join(localeDir, file), 'utf8'))));
  }
  const packsDir = path.join(root, 'assets', 'packs');
  if (existsSync(packsDir)) {
    for (const entry of (await readdir(packsDir, { withFileTypes: true })).filter((e) => e.isDirectory())) {
      const file = path.join(packsDir, entry.name, 'pack.json');
      if (existsSync(file)) textsIn(JSON.parse(await readFile(file, 'utf8')), lang, texts);
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

/** The faces of an @fontsource stylesheet: family, file and the code points of its unicode-range. */
export function parseFontsourceCss(css: string): Array<{ family: string; file: string; codes: Set<number> }> {
  const faces: Array<{ family: string; file: string; codes: Set<number> }> = [];
  for (const block of css.split('@font-face').slice(1)) {
    const family = /font-family:\s*'([^']+)'/.exec(block)?.[1];
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!family || !file || !range) continue;
    const codes = new Set<number>();
    for (const part of range.split(',')) {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      const start = parseInt(from!, 16);
      const end = to ? parseInt(to, 16) : start;
      for (let c = start; c <= end; c++) codes.add(c);
    }
    faces.push({ family, file, codes });
  }
  return faces;
}

/** A unicode-range value for a set of code points, runs joined: U+20-7E,U+3001. */
function unicodeRange(codes: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const hex = (c: number) => c.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(codes[i]!)}` : `U+${hex(codes[i]!)}-${hex(codes[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

export interface LanguageCutResult {
  written: boolean;
  /** The face's family: "Kiosk " and the package's own family. */
  family: string;
  /** How many range files the cut holds, per weight. */
  files: number;
  characters: number;
  /** The stylesheet to import. */
  css: string;
}

/**
 * Writes the cut of `faces` for `characters` into `outDir`: `<faces>.css` and the folder
 * `<faces>/` of small woff2 files, unless a stamp says they hold exactly this already. Written
 * into a temporary folder and renamed, so an interrupted build never leaves half a cut.
 */
export async function writeLanguageCut(options: {
  root: string;
  outDir: string;
  faces: string;
  characters: string;
}): Promise<LanguageCutResult> {
  const { root, outDir, faces, characters } = options;
  const require = createRequire(path.join(root, 'package.json'));
  const pkgDir = path.dirname(require.resolve(`@fontsource/${faces}/package.json`));
  const version = (require(`@fontsource/${faces}/package.json`) as { version: string }).version;
  const wanted = new Set([...characters].map((ch) => ch.codePointAt(0)!));
  const css = path.join(outDir, `${faces}.css`);
  const folder = path.join(outDir, faces);
  const stampFile = path.join(outDir, `${faces}.stamp`);
  const stamp = createHash('sha256').update(`${CUT_VERSION}\n${version}\n${characters}`).digest('hex');

  let family = '';
  const rules: string[] = [];
  const work: Array<{ weight: number; source: string; name: string; keep: number[] }> = [];
  for (const weight of KIOSK_FONT_WEIGHTS) {
    const sheet = parseFontsourceCss(await readFile(path.join(pkgDir, `${weight}.css`), 'utf8'));
    sheet.forEach((face, index) => {
      family ||= `Kiosk ${face.family}`;
      const keep = [...face.codes].filter((c) => wanted.has(c)).sort((a, b) => a - b);
      if (keep.length === 0) return;
      const name = `${faces}-cut-${index}-${weight}.woff2`;
      work.push({ weight, source: path.join(pkgDir, 'files', face.file), name, keep });
      rules.push(
        `@font-face {\n  font-family: '${family}';\n  font-style: normal;\n  font-weight: ${weight};\n` +
          `  font-display: block;\n  src: url('./${faces}/${name}') format('woff2');\n` +
          `  unicode-range: ${unicodeRange(keep)};\n}\n`,
      );
    });
  }
  const result = {
    family,
    files: work.length / KIOSK_FONT_WEIGHTS.length,
    characters: wanted.size,
    css,
  };

  const previous = existsSync(stampFile) ? await readFile(stampFile, 'utf8').catch(() => '') : '';
  if (previous === stamp && existsSync(css) && existsSync(folder)) return { written: false, ...result };

  const temp = `${folder}.${process.pid}.tmp`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  for (const item of work) {
    const text = item.keep.map((c) => String.fromCodePoint(c)).join('');
    // Name IDs 13 and 14 (the licence and its URL) travel with every copy, as the SIL OFL asks.
    const woff2 = await subsetFont(await readFile(item.source), text, {
      targetFormat: 'woff2',
      preserveNameIds: [13, 14],
    });
    await writeFile(path.join(temp, item.name), woff2);
  }
  await rm(folder, { recursive: true, force: true });
  await rename(temp, folder);
  const header = `/* Made by the build (scripts/language-font.ts): @fontsource/${faces} ${version}, cut to ${wanted.size} characters. */\n`;
  await writeFile(`${css}.${process.pid}.tmp`, header + rules.join('\n'));
  await rename(`${css}.${process.pid}.tmp`, css);
  await writeFile(stampFile, stamp);
  return { written: true, ...result };
}
