/**
 * Each UI language's typeface, from its locale file (`language.typeface`): the font stack its text
 * is set in, and the @fontsource package of its own face, if the kiosk's cut of Noto Sans SC
 * (ui/fonts.css) is not the right face; the build cuts that package to the language's characters. Shared kanji differ between Chinese and Japanese, so Japanese text must be set
 * in a Japanese face; a new language brings its own stack with its locale folder, no code.
 */
import i18n, { UI_LANGUAGES } from './i18n';
import { afterFirstPresented } from './yield';

export interface Typeface {
  /** A CSS font-family list. */
  stack: string;
  /** An @fontsource package name ("noto-sans-jp"), or '' when the stack needs no faces loaded. */
  faces: string;
}

/** A font-family list with nothing that could end the declaration it is written into. */
const SAFE_STACK = /^[\w\s'",-]+$/;

export function typefaceOf(lang: string): Typeface | undefined {
  const value = i18n.getFixedT(lang)('language.typeface', { returnObjects: true }) as unknown;
  if (!value || typeof value !== 'object') return undefined;
  const { stack, faces } = value as Partial<Typeface>;
  if (typeof stack !== 'string' || !SAFE_STACK.test(stack)) return undefined;
  return { stack, faces: typeof faces === 'string' ? faces : '' };
}

/** Languages set in a face of their own (not the kiosk's cut of Noto Sans SC). */
export function ownFaceLanguages(): string[] {
  return UI_LANGUAGES.filter((lang) => Boolean(typefaceOf(lang)?.faces));
}

/**
 * The rules that set each language's text in its stack: on every element that declares a language
 * (the document and the containers of another language's text), so its text and all inside inherit.
 */
export function typefaceRules(langs: readonly string[]): string {
  return langs
    .map((lang) => {
      const face = typefaceOf(lang);
      if (!face) return '';
      const tag = lang.replace(/[^A-Za-z0-9-]/g, '');
      return `[lang]:lang(${tag}) { --font: ${face.stack}; font-family: var(--font); }`;
    })
    .filter(Boolean)
    .join('\n');
}

/** Adds the rules of every UI language to the page (a constructed sheet: the CSP allows the CSSOM). */
export function applyTypefaces(): void {
  if (typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(typefaceRules(UI_LANGUAGES));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

// The build's cuts of the languages' faces (scripts/language-font.ts), each a chunk fetched on demand.
const FACE_SHEETS = import.meta.glob('../fonts/*.css');
const loaded = new Set<string>();

/**
 * Loads the faces of the given languages (those a pack offers: the attract loop shows each one's
 * call to touch), after the first frame: the build's cut of each, a small file per range of
 * characters, fetched only for the ranges a text on screen needs.
 */
export function loadTypefacesFor(langs: readonly string[]): void {
  const wanted = langs.map((l) => typefaceOf(l)?.faces ?? '').filter((f) => f && !loaded.has(f));
  if (wanted.length === 0) return;
  afterFirstPresented(() => {
    for (const pkg of new Set(wanted)) {
      loaded.add(pkg);
      const sheet = FACE_SHEETS[`../fonts/${pkg}.css`];
      if (!sheet) {
        console.warn(`[kiosk] typeface: the build made no cut of "${pkg}"`);
        continue;
      }
      sheet().catch((err: unknown) => {
        loaded.delete(pkg);
        console.warn('[kiosk] typeface:', err);
      });
    }
  });
}
