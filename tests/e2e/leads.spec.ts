/**
 * "I'm interested", end to end in browser mode with touch: the QR codes decoded as a phone would, the
 * form filled on the on-screen keyboard, the lead in the admin panel's Leads tab and its CSV, and an
 * idle reset mid-form. Its own browser-mode server on a fresh data folder, so the PIN it sets (which
 * makes the leads' keyring) and the leads it saves meet no other spec's (admin.spec.ts ends with the
 * keypad locked out).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { startBrowserMode, type BrowserModeServer } from '../../main/cli/browser-mode.ts';
import { routePack } from '../../harness/served-pack.ts';
import { expect, holdCorner, idleOut, installClock, test, typePin, watchedFrames, watchFrames } from './kiosk-test.ts';

const PIN = '357913';
const CHEAP = { N: 1024, r: 8, p: 1, keyLength: 32 };
let server: BrowserModeServer;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kiosk-leads-e2e-'));
  server = await startBrowserMode({ port: 0, dataDir, watchPack: false, scrypt: CHEAP, log: () => {} });
  const call = async (channel: string, ...args: unknown[]) => {
    const res = await fetch(`${server.url}api/ops/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-ops': '1', origin: server.url.slice(0, -1) },
      body: JSON.stringify({ args }),
    });
    return ((await res.json()) as { result: { status: string } }).result;
  };
  // The first PIN makes the leads' keyring: before it, the kiosk takes no lead.
  expect((await call('admin:unlock', '000000')).status).toBe('must-change');
  expect((await call('admin:change-pin', '000000', PIN)).status).toBe('changed');
  await call('admin:lock');
});

test.afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function openCluster(page: Page, query = ''): Promise<void> {
  await page.goto(server.url + query);
  await page.getByTestId('screen-attract').waitFor();
  await page.getByTestId('attract-start').tap();
  await page.getByTestId('screen-home').waitFor();
  await page.getByTestId('nav-clusters').tap();
  await page.getByTestId('screen-clusters').waitFor();
  await page.locator('[data-testid^="cluster-node-"]').first().tap();
  await page.getByTestId('screen-cluster').waitFor();
}

/** Types `text` on the sheet's on-screen keyboard, key by key (shift for capitals). */
async function typeOnKeyboard(page: Page, text: string): Promise<void> {
  const keyboard = page.getByTestId('keyboard-email');
  for (const char of text) {
    if (/[A-Z]/.test(char)) await keyboard.locator('[data-skbtn="{shift}"]').first().tap();
    const key = char === ' ' ? '{space}' : char;
    await keyboard.locator(`[data-skbtn="${key}"]`).first().tap();
  }
}

/**
 * The text a phone's camera reads from the QR code with test id `testId`: the code as drawn (its SVG),
 * rastered at 480 px, as a phone's camera sees far more than one screen pixel per pixel.
 */
async function readQr(page: Page, testId: string): Promise<string> {
  const svg = await page
    .getByTestId(testId)
    .locator('svg')
    .evaluate((node) => node.outerHTML);
  const pixels = await page.evaluate(async (markup) => {
    const size = 480;
    const sized = markup.replace('<svg', `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"`);
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = new OffscreenCanvas(size, size);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    const data = context.getImageData(0, 0, size, size);
    // Bytes cross to the test as base64: a JSON array of 900,000 numbers would take seconds.
    let binary = '';
    for (let i = 0; i < data.data.length; i += 0x8000) {
      binary += String.fromCharCode(...data.data.subarray(i, i + 0x8000));
    }
    return { width: size, height: size, rgba: btoa(binary) };
  }, svg);
  const rgba = new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64'));
  const code = jsQR(rgba, pixels.width, pixels.height);
  if (!code) throw new Error(`no QR code could be read from ${testId}`);
  return code.data;
}

/** Per language of the visit: the button's words, and what the item's title is written in. */
const VISIT_LANGUAGES = [
  { lang: 'zh-CN', button: '我有意向', title: /\p{Script=Han}/u, language: '语言：中文' },
  { lang: 'en', button: "I'm interested", title: /^[\x20-\x7e\u2018-\u201d–]+$/, language: 'Language: English' },
];

for (const { lang, button, title: titleShape, language } of VISIT_LANGUAGES) {
  test(`a cluster's "I'm interested" gives QR codes a phone reads: an e-mail with the reference, and the contact card (${lang})`, async ({
    page,
  }) => {
    await routePack(page, (pack) => {
      pack.contact.email = 'invest@xuzhou.example';
      pack.contact.phone = '+86 516 8000 0000';
    });
    await openCluster(page);
    if (lang !== 'zh-CN') await page.getByTestId(`lang-${lang}`).tap();
    await expect(page.locator('[data-testid^="interest-cluster-"]')).toHaveText(button);
    await page.locator('[data-testid^="interest-cluster-"]').tap();
    const sheet = page.getByTestId('interest-sheet');
    await expect(sheet).toBeVisible();
    const title = (await page.locator('#interest-title').textContent())!.trim();
    expect(title).toMatch(titleShape);
    const reference = (await page.getByTestId('interest-reference').textContent())!.trim();
    expect(reference).toMatch(/^XZ-[0-9A-HJKMNP-TV-Z]{4}$/);

    const mail = new URL(await readQr(page, 'interest-qr-mail'));
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('invest@xuzhou.example');
    expect(mail.searchParams.get('subject')).toContain(reference);
    expect(mail.searchParams.get('subject')).toContain(title);
    expect(mail.searchParams.get('body')).toContain(reference);
    // The visitor's language by its name (never its code), so the bureau answers in it.
    expect(mail.searchParams.get('body')).toMatch(new RegExp(`${language}\r?\n`));
    expect(mail.searchParams.get('body')).not.toMatch(new RegExp(`[:：] *${lang}\r?\n`));

    const card = await readQr(page, 'interest-qr-card');
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(card).toContain('EMAIL;TYPE=INTERNET:invest@xuzhou.example');
    expect(card).toContain('TEL;TYPE=WORK,VOICE:+8651680000000');
    expect(card).toContain(reference);

    await page.getByTestId('interest-close').tap();
    await expect(sheet).toHaveCount(0);
  });
}

test('the form, typed on the on-screen keyboard, saves a lead the Leads tab lists and exports; then all are deleted', async ({
  page,
}) => {
  await openCluster(page);
  await page.locator('[data-testid^="interest-cluster-"]').tap();
  const reference = (await page.getByTestId('interest-reference').textContent())!.trim();
  // No QR codes: the default pack gives no address, number or site to put in them.
  await expect(page.getByTestId('interest-qr-card')).toHaveCount(0);

  await page.getByTestId('lead-send').tap();
  await expect(page.getByTestId('lead-problem')).toHaveText('请填写姓名。');

  await page.getByTestId('lead-field-name').tap();
  await typeOnKeyboard(page, 'Zhang Wei');
  await page.getByTestId('lead-field-contact').tap();
  await typeOnKeyboard(page, 'zhang.wei@acme.de');
  await page.getByTestId('lead-field-country').tap();
  await typeOnKeyboard(page, 'Germany');
  await expect(page.getByTestId('lead-field-name')).toHaveValue('Zhang Wei');
  await expect(page.getByTestId('lead-field-contact')).toHaveValue('zhang.wei@acme.de');

  await page.getByTestId('lead-send').tap();
  await expect(page.getByTestId('lead-problem')).toHaveText('请勾选同意后再提交。');
  await page.getByTestId('lead-consent').tap();
  await page.getByTestId('lead-send').tap();
  await expect(page.getByTestId('lead-thanks')).toContainText(reference);

  // Staff: the panel (corner hold, PIN), Leads tab.
  await installClock(page);
  await page.goto(server.url);
  await page.getByTestId('screen-attract').waitFor();
  await holdCorner(page);
  await typePin(page, PIN);
  await page.getByTestId('pin-enter').tap();
  await page.getByTestId('admin-tab-leads').tap();
  const row = page.getByTestId('leads-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(reference);
  await expect(row).toContainText('Zhang Wei');
  await expect(row).toContainText('zhang.wei@acme.de');
  // The visitor's language by its name in the panel's language (Chinese here), not its code.
  await expect(row.locator('td').nth(3)).toHaveText('中文');
  await expect(page.getByTestId('leads-retention')).toContainText('90');

  await page.getByTestId('leads-export').tap();
  const file = (await page.getByTestId('leads-export-file').textContent())!.trim();
  const csv = await readFile(file, 'utf8');
  // The columns are named in the panel's language, as the bureau reads its spreadsheet.
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFF编号,时间,观众语言,内容类型,内容标识,感兴趣的内容,姓名,单位,邮箱或电话,国家或地区,留言,展机',
  );
  expect(csv).toContain(`${reference},`);
  expect(csv).toContain('Zhang Wei');

  // The statistics count the interest per item.
  await page.getByTestId('admin-tab-stats').tap();
  await expect(page.getByTestId('stats-total-interest')).toHaveText(/^[1-9]/);
  await expect(page.getByTestId('chart-interest')).toBeVisible();
  await page.getByTestId('admin-tab-leads').tap();

  await page.getByTestId('leads-delete').tap();
  await page.getByTestId('leads-delete-confirm').tap();
  await expect(page.getByTestId('leads-none')).toBeVisible();
  await expect(row).toHaveCount(0);
});

test('in English, the form speaks English, takes a phone number typed on the keyboard, and saves the lead', async ({
  page,
}) => {
  await openCluster(page);
  await page.getByTestId('lang-en').tap();
  await page.locator('[data-testid^="interest-cluster-"]').tap();
  const reference = (await page.getByTestId('interest-reference').textContent())!.trim();
  await page.getByTestId('lead-send').tap();
  await expect(page.getByTestId('lead-problem')).toHaveText('Please enter your name.');
  await page.getByTestId('lead-field-name').tap();
  await typeOnKeyboard(page, 'Li Na');
  await page.getByTestId('lead-send').tap();
  await expect(page.getByTestId('lead-problem')).toHaveText('Please enter an e-mail address or a phone number.');
  await page.getByTestId('lead-field-contact').tap();
  await typeOnKeyboard(page, '+49 30 1234567');
  await page.getByTestId('lead-send').tap();
  await expect(page.getByTestId('lead-problem')).toHaveText('Please tick the box to agree.');
  await page.getByTestId('lead-consent').tap();
  await page.getByTestId('lead-send').tap();
  await expect(page.getByTestId('lead-thanks')).toContainText(`Your reference is ${reference}.`);
});

test("the touched button answers at once; the sheet (a whole screen to draw) comes a frame later, and goes as its close button's press shows", async ({
  page,
}) => {
  await openCluster(page);
  const button = page.locator('[data-testid^="interest-cluster-"]');
  // Once, so that the sheet's code is loaded: from then on nothing but the frame stands between the
  // touch and the sheet.
  await button.tap();
  await page.getByTestId('interest-close').tap();
  await expect(page.getByTestId('interest-sheet')).toHaveCount(0);
  await watchFrames(page, { sheet: '[data-testid="interest-sheet"]' });
  await button.tap();
  await expect(page.getByTestId('interest-sheet')).toBeVisible();
  await page.getByTestId('interest-close').tap();
  await expect(page.getByTestId('interest-sheet')).toHaveCount(0);
  const { clicks, changes } = await watchedFrames(page);
  const sheet = changes.sheet!;
  expect(clicks).toHaveLength(2);
  expect(sheet, 'the sheet came once and went once').toHaveLength(2);
  expect(sheet[0]!, 'the sheet came in a later frame than the touch on the button').toBeGreaterThan(clicks[0]!);
  expect(sheet[1]!, 'the sheet went in a later frame than the touch on its close button').toBeGreaterThan(clicks[1]!);
});

test('an idle reset mid-form closes the sheet, and the next visitor finds the form empty', async ({ page }) => {
  await installClock(page);
  await openCluster(page, '?idle=3');
  await page.locator('[data-testid^="interest-cluster-"]').tap();
  await page.getByTestId('lead-field-name').tap();
  await typeOnKeyboard(page, 'Half done');
  await expect(page.getByTestId('lead-field-name')).toHaveValue('Half done');

  // Nobody touches: the countdown runs out (on the page's clock) and the kiosk returns to its attract loop.
  await idleOut(page, 3);
  await expect(page.getByTestId('screen-attract')).toBeVisible();
  await expect(page.getByTestId('interest-sheet')).toHaveCount(0);

  await page.getByTestId('attract-start').tap();
  await page.getByTestId('nav-clusters').tap();
  await page.locator('[data-testid^="cluster-node-"]').first().tap();
  await page.locator('[data-testid^="interest-cluster-"]').tap();
  await expect(page.getByTestId('lead-field-name')).toHaveValue('');
});

test('a chain link the pack declares a target, a zone on the map, an enterprise and a future industry each take "I\'m interested" for themselves', async ({
  page,
}) => {
  await page.goto(server.url);
  await page.getByTestId('attract-start').tap();
  await page.getByTestId('nav-clusters').tap();
  await page.getByTestId('cluster-node-green-low-carbon-energy').tap();
  const target = page.locator('[data-state="target"]').first();
  const name = (await target.locator('.chain-link__name').textContent())!.trim();
  // Only declared targets ask: a link with enterprises or an open one does not.
  await expect(page.locator('[data-state="open"] [data-testid^="interest-"]')).toHaveCount(0);
  await target.locator('[data-testid^="interest-chain-link-green-low-carbon-energy/"]').tap();
  await expect(page.locator('#interest-title')).toHaveText(name);
  await page.getByTestId('interest-close').tap();

  await page.goto(server.url);
  await page.getByTestId('attract-start').tap();
  await page.getByTestId('nav-map').tap();
  const zone = page.locator('[data-testid^="map-zone-panel-"]').first();
  const zoneName = (await zone.locator('.section-title').textContent())!.trim();
  await zone.locator('[data-testid^="interest-park-"]').tap();
  await expect(page.locator('#interest-title')).toHaveText(zoneName);
  await page.getByTestId('interest-close').tap();

  // An enterprise's profile and a future industry, too.
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('nav-enterprises').tap();
  await page.getByTestId('enterprise-card-xcmg-heavy').tap();
  // The profile's own title: during the slide the directory's title is still on the page.
  const enterpriseName = (await page.getByTestId('screen-enterprise').locator('h1').textContent())!.trim();
  await page.getByTestId('interest-enterprise-xcmg-heavy').tap();
  await expect(page.locator('#interest-title')).toHaveText(enterpriseName);
  await page.getByTestId('interest-close').tap();

  await page.getByTestId('nav-home').tap();
  await page.getByTestId('nav-future').tap();
  const industry = page.locator('[data-testid^="future-"]:has([data-testid^="interest-future-industry-"])').first();
  const industryName = (await industry.locator('.future-card__name').textContent())!.trim();
  await industry.locator('[data-testid^="interest-future-industry-"]').tap();
  await expect(page.locator('#interest-title')).toHaveText(industryName);
});

// Last: it locks the leads for five minutes.
test('three wrong PINs in a row, then the right one: the panel opens, the Leads tab stays locked', async ({ page }) => {
  await installClock(page);
  await page.goto(server.url);
  await page.getByTestId('screen-attract').waitFor();
  await holdCorner(page);
  for (let i = 0; i < 3; i++) {
    await typePin(page, '999999');
    await page.getByTestId('pin-enter').tap();
    await expect(page.getByTestId('pin-message')).toContainText(String(4 - i));
  }
  await typePin(page, PIN);
  await page.getByTestId('pin-enter').tap();
  await page.getByTestId('admin-tab-leads').tap();
  await expect(page.getByTestId('leads-locked')).toContainText(/连续三次输错 PIN.*[45]:\d\d/);
  await expect(page.getByTestId('leads-none')).toHaveCount(0);
  await expect(page.getByTestId('leads-table')).toHaveCount(0);
});
