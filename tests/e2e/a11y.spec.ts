/** axe-core on every screen in both languages: no serious or critical violation. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './kiosk-test.ts';
import { openScreen, SCREENS } from './screens.ts';

test.describe.configure({ timeout: 120_000 });

for (const lang of ['zh-CN', 'en']) {
  for (const step of SCREENS) {
    if (step.name === 'attract' && lang !== 'zh-CN') continue; // the loop shows both languages at once
    test(`${step.name} (${lang}) has no serious accessibility violation`, async ({ page }) => {
      await openScreen(page, step, lang);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice', 'experimental'])
        .analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
    });
  }
}

// In English, every control is named in English: no Chinese in an accessible name (but the language
// switch's buttons, which name each language in itself (中文, 日本語), and a proper name the pack
// writes in both scripts, e.g. "Zhongke Hanyun (中科汉韵)": docs/style-guide.md).
for (const step of SCREENS) {
  if (step.name === 'attract') continue;
  test(`${step.name} (en): every control has an English accessible name`, async ({ page }) => {
    await openScreen(page, step, 'en');
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
  });
}
