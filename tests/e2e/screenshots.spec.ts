/**
 * A screenshot of every screen, landscape 1920×1080 and portrait 1080×1920, in both languages,
 * into screenshots/ at the repository root (Playwright empties test-results/ at every run); and
 * on the same landscape visit, the screen's accessibility: axe-core finds no serious or critical
 * violation, and in English every control has an English accessible name. One visit serves both
 * (a visit from a fresh page is most of each check's time).
 */
import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './kiosk-test.ts';
import { openScreen, SCREENS } from './screens.ts';

const OUT = 'screenshots';
const LANGS = ['zh-CN', 'en'];

/** axe's serious and critical violations on the page, each with the elements it found. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice', 'experimental'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * In English, every control is named in English: no Chinese in an accessible name (but the language
 * switch's buttons, which name each language in itself (中文, 日本語), and a proper name the pack
 * writes in both scripts, e.g. "Zhongke Hanyun (中科汉韵)": docs/style-guide.md).
 */
async function expectEnglishNames(page: Page): Promise<void> {
  const names = await page.locator('button, [role="button"], a[href], [role="img"]').evaluateAll((els) =>
    els
      .filter((el) => !el.closest('.lang-switch') && !el.closest('[aria-hidden="true"]'))
      .map((el) => {
        const labelledBy = el.getAttribute('aria-labelledby');
        const byId = labelledBy
          ?.split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        return (el.getAttribute('aria-label') ?? byId ?? (el as HTMLElement).innerText ?? '').trim();
      }),
  );
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((n) => n === '')).toEqual([]);
  const bothScripts = /[A-Za-z][\w .&’-]* \(\p{Script=Han}+\)/gu;
  expect(names.filter((n) => /\p{Script=Han}/u.test(n.replace(bothScripts, '')))).toEqual([]);
}

test.describe('landscape', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ viewport: { width: 1920, height: 1080 } });

  for (const lang of LANGS) {
    for (const step of SCREENS) {
      if (step.name === 'attract' && lang !== 'zh-CN') continue; // the loop shows both languages at once
      const english = lang === 'en' ? ', every control has an English accessible name' : '';
      test(`${step.name} (${lang}): screenshot; no serious accessibility violation${english}`, async ({ page }) => {
        await mkdir(OUT, { recursive: true });
        await openScreen(page, step, lang);
        await page.screenshot({ path: `${OUT}/${step.name}-${lang}-landscape.png` });
        expect(await seriousViolations(page)).toEqual([]);
        if (lang === 'en') await expectEnglishNames(page);
      });
    }
  }
});

test.describe('portrait', () => {
  test.describe.configure({ timeout: 240_000 }); // ten screens, big PNGs, a busy machine
  test.use({ viewport: { width: 1080, height: 1920 } });

  for (const lang of LANGS) {
    test(`screenshots portrait ${lang}`, async ({ page }) => {
      await mkdir(OUT, { recursive: true });
      for (const step of SCREENS) {
        if (step.name === 'attract' && lang !== 'zh-CN') continue;
        await openScreen(page, step, lang);
        await page.screenshot({ path: `${OUT}/${step.name}-${lang}-portrait.png` });
      }
    });
  }
});
