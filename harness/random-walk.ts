/**
 * A seeded random walk of touches through the kiosk, shared by the monkey test
 * (tests/e2e/monkey.spec.ts) and the memory benchmark (bench/sections/memory.ts). Each step looks
 * at what is on screen now and taps one of: a visible, enabled target (button, link, role
 * button/link or `[data-testid]`) that is really on top at its centre, an empty spot anywhere, back
 * or home, or the other language. Taps only: nothing is held, so no long-press gesture is ever made.
 */
import type { Page } from '@playwright/test';

/** mulberry32: a small seeded PRNG, enough for a reproducible walk. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Target {
  x: number;
  y: number;
  label: string;
}

export interface Scene {
  /** data-testid of the screen in front (the last one mounted), e.g. `screen-home`. */
  screen: string;
  lang: string;
  targets: Target[];
}

/** What can be touched now. Runs in the page. */
export async function readScene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const screens = Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="screen-"]'));
    const screen = screens.at(-1)?.dataset.testid ?? 'none';
    const targets: Array<{ x: number; y: number; label: string }> = [];
    const selector = 'button, a[href], [role="button"], [role="link"], [data-testid]';
    for (const el of Array.from(document.querySelectorAll<HTMLElement | SVGElement>(selector))) {
      if (el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true') continue;
      if (el.closest('[aria-hidden="true"], [inert]')) continue;
      // A link off the machine would leave the kiosk (and fail the no-off-host check): not a target.
      if (el instanceof HTMLAnchorElement && new URL(el.href, location.href).origin !== location.origin) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 4 || r.height < 4) continue;
      const x = Math.round(r.left + r.width / 2);
      const y = Math.round(r.top + r.height / 2);
      if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === el || el.contains(hit))) continue;
      const label = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.tagName.toLowerCase();
      targets.push({ x, y, label });
    }
    return { screen, lang: document.documentElement.lang, targets };
  });
}

export interface WalkOptions {
  touches: number;
  random: () => number;
  /** Called after every touch (e.g. to count screens or check health). */
  onTouch?: (index: number, scene: Scene, target: Target) => void | Promise<void>;
  /** A pause after each touch, in ms (0 = none beyond the round trip). */
  pauseMs?: number;
}

/** Screens the home menu leads to; the walk hops to each of them now and then so every one is visited. */
export const MENU = ['nav-map', 'nav-clusters', 'nav-enterprises', 'nav-future', 'nav-contact'];

export async function randomWalk(page: Page, options: WalkOptions): Promise<void> {
  const { touches, random } = options;
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const size = page.viewportSize() ?? { width: 1920, height: 1080 };
  for (let i = 0; i < touches; i++) {
    const scene = await readScene(page);
    const byLabel = (prefix: string) => scene.targets.filter((t) => t.label.startsWith(prefix));
    const roll = random();
    let target: Target | undefined;
    if (i % 97 === 96) {
      // A hop through home to the next menu entry, so the walk reaches every screen.
      const home = byLabel('nav-home')[0];
      const entry = byLabel(MENU[Math.floor(i / 97) % MENU.length]!)[0];
      target = entry ?? home;
    } else if (roll < 0.1) {
      target = { x: Math.floor(random() * size.width), y: Math.floor(random() * size.height), label: '(empty area)' };
    } else if (roll < 0.14) {
      target = byLabel('nav-back')[0] ?? byLabel('nav-home')[0];
    } else if (roll < 0.17) {
      target = byLabel('lang-').find((t) => t.label !== `lang-${scene.lang}`);
    }
    if (!target) {
      target =
        scene.targets.length > 0
          ? pick(scene.targets)
          : { x: Math.floor(random() * size.width), y: Math.floor(random() * size.height), label: '(nothing)' };
    }
    await page.touchscreen.tap(target.x, target.y);
    if (options.pauseMs) await page.waitForTimeout(options.pauseMs);
    await options.onTouch?.(i, scene, target);
  }
}
