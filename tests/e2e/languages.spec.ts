/**
 * Languages are data (issue 23). Japanese: offered by the switch, set in the Japanese face (so that
 * kanji take their Japanese forms), with English where the pack lacks a Japanese text. A fourth
 * language: a copy of the locale folders with one more language and a pack with its texts, built
 * and served from that copy with the same code, is offered and used.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { minimalPack, writePackDir } from '../fixtures/minimal-pack.ts';
import { routePack } from '../../harness/served-pack.ts';
import { expect, startVisit, test } from './kiosk-test.ts';

/** The family names of the font files Chromium drew a node's text with (CDP). */
async function fontsUsed(page: Page, cdp: CDPSession, selector: string): Promise<string[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`no node for ${selector}`);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f) => f.familyName);
}

async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

test.describe('Japanese', () => {
  test.beforeEach(async ({ page }) => {
    await routePack(page, (served: Pack) => {
      delete served.city.tagline.ja; // a text without Japanese: English stands in
    });
  });

  test('is offered by the switch and set in Noto Sans JP; Chinese stays in the kiosk cut of Noto Sans SC', async ({
    page,
    watch,
  }) => {
    const served = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8')) as Pack;
    await startVisit(page);
    const cdp = await openCdp(page);
    const heading = '.home__figures .section-title';
    await expect.poll(() => fontsUsed(page, cdp, heading)).toEqual(['Noto Sans SC']);

    await page.getByTestId('lang-ja').tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('.home__city')).toHaveText(served.city.name.ja!);
    await expect(page.locator(heading)).toHaveText('データで見る');
    const family = await page.locator(heading).evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family).toMatch(/^"?Kiosk Noto Sans JP"?, "?Noto Sans JP"?,/);
    // The face actually drawn: the build's cut of Noto Sans JP (its files arrive as the text needs
    // them; the @fontsource files it is cut from are cut from the variable font, named Thin).
    await expect
      .poll(() => fontsUsed(page, cdp, heading), { timeout: 15_000 })
      .toEqual([expect.stringMatching(/^Noto Sans JP\b/)]);
    // The city's name, 徐州: kanji shared with Chinese, drawn in their Japanese forms.
    expect(await fontsUsed(page, cdp, '.home__city')).toEqual([expect.stringMatching(/^Noto Sans JP\b/)]);
    // Only the cut's small files were fetched, never the package's own range files.
    expect(watch.requests.filter((url) => /noto-sans-jp-cut-/.test(url)).length).toBeGreaterThan(0);
    expect(watch.requests.filter((url) => /noto-sans-jp-\d+-\d+-normal/.test(url))).toEqual([]);
    // No Japanese tagline in the pack: the English one, not the Chinese one.
    await expect(page.getByTestId('screen-home')).toContainText(served.city.tagline.en);
    await expect(page.getByTestId('screen-home')).not.toContainText(served.city.tagline['zh-CN']);
  });
});

// ── A fourth language, from data alone ──────────────────────────────────────────────────────────

const PORT = Number(process.env.KIOSK_E2E_PORT ?? 5199) + 41;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FOURTH = 'eo'; // Esperanto: a language the kiosk has never shipped

/** Esperanto strings for what this test reads; every other key keeps the English text. */
const ESPERANTO: Record<string, Record<string, unknown>> = {
  common: {
    language: { short: 'EO', name: 'Esperanto' },
    attract: { touch: 'Tuŝu por esplori' },
    home: { figuresHeading: 'Ĉefaj nombroj' },
    figure: {
      valueWithUnit: '{{value}} {{unit}}',
      yuanScales: [
        { divisor: 1_000_000_000, unit: 'miliardoj da juanoj' },
        { divisor: 1, unit: 'juanoj' },
      ],
    },
  },
};

function merge(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== 'object' || Array.isArray(over)) return over;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = merge(out[k], v);
  return out;
}

/** The pack with Esperanto texts where this test looks, and English elsewhere (the fallback). */
function esperantoPack() {
  const pack = minimalPack();
  pack.pack.languages.push(FOURTH);
  Object.assign(pack.city.name, { [FOURTH]: 'Testurbo' });
  Object.assign(pack.city.headlineFigures![0]!.label, { [FOURTH]: 'Produktado' });
  return pack;
}

let server: ChildProcess | undefined;
let workDir = '';
let packDir = '';

test.describe('a fourth language', () => {
  // A renderer build of its own (the locales are bundled at build time), then a server of its own.
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    const repo = process.cwd();
    workDir = await mkdtemp(path.join(tmpdir(), 'kiosk-fourth-language-'));
    // The same code and build, in a copy whose locale folders hold one more language.
    for (const dir of ['renderer', 'scripts', 'locales']) {
      await cp(path.join(repo, dir), path.join(workDir, dir), { recursive: true });
    }
    for (const file of ['vite.config.ts', 'package.json', 'tsconfig.json']) {
      await cp(path.join(repo, file), path.join(workDir, file));
    }
    for (const link of ['main', 'assets', 'node_modules'])
      await symlink(path.join(repo, link), path.join(workDir, link));
    await mkdir(path.join(workDir, 'locales', FOURTH));
    for (const file of await readdir(path.join(repo, 'locales', 'en'))) {
      const english = JSON.parse(await readFile(path.join(repo, 'locales', 'en', file), 'utf8')) as unknown;
      const ns = file.replace(/\.json$/, '');
      await writeFile(
        path.join(workDir, 'locales', FOURTH, file),
        JSON.stringify(merge(english, ESPERANTO[ns] ?? {}), null, 2),
      );
    }
    await run(
      process.execPath,
      [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      workDir,
    );

    packDir = await writePackDir(esperantoPack());
    server = spawn(
      process.execPath,
      [
        'dist/cli/web.mjs',
        '--port',
        String(PORT),
        '--pack',
        packDir,
        '--data',
        path.join(workDir, 'data'),
        '--renderer',
        path.join(workDir, 'dist', 'renderer'),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect
      .poll(
        async () => {
          if (server?.exitCode !== null) throw new Error(`the server exited: ${output}`);
          return fetch(`${ORIGIN}/api/health`).then(
            (r) => r.ok,
            () => false,
          );
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  });

  test.afterAll(async () => {
    server?.kill('SIGTERM');
    await Promise.all([workDir, packDir].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('is offered by the switch and used, in the UI, the pack texts and the figures, with no code change', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/`);
    await expect(page.getByTestId('screen-attract')).toBeVisible({ timeout: 20_000 });
    // The attract loop asks to touch in every language the pack offers.
    await expect(page.getByTestId('attract-start')).toContainText('Tuŝu por esplori');
    await page.getByTestId('attract-start').tap();
    await page.getByTestId('screen-home').waitFor();
    await expect(page.getByTestId(`lang-${FOURTH}`)).toHaveText('EO');
    await page.getByTestId(`lang-${FOURTH}`).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', FOURTH);
    const home = page.getByTestId('screen-home');
    await expect(home.locator('.home__city')).toHaveText('Testurbo');
    await expect(home).toContainText('Ĉefaj nombroj');
    await expect(home).toContainText('Produktado');
    await expect(home).toContainText(/100\s*miliardoj da juanoj/); // number and unit are separate spans
    // Texts the pack has no Esperanto for read in English.
    await expect(home).toContainText('Tagline');
  });
});

/** Runs a command to its end; rejects with its output if it fails. */
function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${output}`))));
  });
}
