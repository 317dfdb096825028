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
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
    });
  }
}
