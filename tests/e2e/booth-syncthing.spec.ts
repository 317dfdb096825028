/**
 * The booth over real Syncthing (Debian's `syncthing`, which .ci/run installs): a staff laptop and two
 * kiosks, each a browser-mode server on its own data folder with its own Syncthing, on loopback with
 * discovery off and static addresses. booth.spec.ts drives the same screens with a fake transport to
 * control each step; here nothing is faked between publishing on the laptop and the kiosks' screens,
 * nor between the kiosks' visits and the laptop's pooled counts.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { BrowserModeServer } from '../../main/cli/browser-mode.ts';
import { packVersion as packVersionOf, startBoothMachine, type PackJson } from '../../harness/booth-machine.ts';
import { boothPaths } from '../../main/core/booth/booth-folders.ts';
import type { SyncthingBoothEngine } from '../../main/core/booth/syncthing/syncthing-booth-engine.ts';
import { localDate } from '../../main/core/stats/events.ts';
import { summarizeStats } from '../../main/core/stats/export-csv.ts';
import { expect, idleOut, installClock, test } from './kiosk-test.ts';

const NEW_CITY = '同步新城';
// Syncthing's sync ports for this spec (the engine's integration test uses 22410–22514).
const LISTEN_BASE = Number(process.env.KIOSK_E2E_PORT ?? 5199) + 17_400;

interface Machine {
  name: string;
  server: BrowserModeServer;
  dataDir: string;
  address: string;
}

let work: string;
let laptop: Machine;
let kiosks: Machine[];

test.describe.configure({ timeout: 180_000 });

async function machine(name: string, index: number, packDir?: string): Promise<Machine> {
  const address = `tcp://127.0.0.1:${LISTEN_BASE + index}`;
  const started = await startBoothMachine(work, name, {
    packDir,
    syncthingOptions: {
      listenAddresses: [address],
      localDiscovery: false,
      tuning: { rescanIntervalS: 10, fsWatcherDelayS: 1 },
    },
  });
  return { name, ...started, address };
}

const engineOf = (m: Machine) => m.server.booth.engine() as SyncthingBoothEngine;

async function deviceId(m: Machine): Promise<string> {
  await expect
    .poll(() => engineOf(m)?.state().running, { timeout: 60_000, message: `${m.name}'s Syncthing starts` })
    .toBe(true);
  const state = engineOf(m).state();
  if (!state.running) throw new Error(`${m.name}: ${state.reason}`);
  return state.deviceId;
}

/** A copy of the default pack as version `version`, its city renamed; `edit` may break it. */
const packVersion = (version: string, edit?: (pack: PackJson) => void) =>
  packVersionOf(work, version, { 'zh-CN': NEW_CITY, en: 'Synced City', ja: '同期新城' }, edit);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = await mkdtemp(path.join(tmpdir(), 'kiosk-booth-syncthing-'));
  laptop = await machine('laptop', 0);
  kiosks = [await machine('kiosk-a', 1), await machine('kiosk-b', 2)];
  await laptop.server.booth.setRole({ role: 'laptop', name: 'Staff laptop' });
  for (const [i, kiosk] of kiosks.entries())
    await kiosk.server.booth.setRole({ role: 'kiosk', name: `Kiosk ${'AB'[i]}` });
  const laptopId = await deviceId(laptop);
  for (const [i, kiosk] of kiosks.entries()) {
    const kioskId = await deviceId(kiosk);
    await engineOf(kiosk).pair(laptopId, 'Staff laptop', [laptop.address]);
    await engineOf(laptop).pair(kioskId, `Kiosk ${'AB'[i]}`, [kiosk.address]);
  }
});

test.afterAll(async () => {
  for (const m of [laptop, ...(kiosks ?? [])]) await m?.server.close();
  await rm(work, { recursive: true, force: true });
});

const city = (page: Page) => page.locator('.attract__city');
/** Kiosk B's idle time: longer than any sync, so that only the test's clock ends the visit. */
const IDLE_B = 600;
const shownVersion = (m: Machine) => m.server.packs.getPack()?.pack.pack.version;

test('a pack published on the laptop reaches both kiosks’ attract loops; a kiosk mid-visit switches after its visit', async ({
  browser,
}) => {
  const [a, b] = kiosks as [Machine, Machine];
  const screen = () => browser.newContext({ locale: 'zh-CN', hasTouch: true, viewport: { width: 1920, height: 1080 } });
  const contextA = await screen();
  const contextB = await screen();
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  try {
    await pageA.goto(a.server.url);
    await expect(city(pageA)).toBeVisible();
    await expect(city(pageA)).not.toContainText(NEW_CITY);
    // A visitor is at kiosk B; the idle reset ends the visit once B waits for it (on the page's clock).
    await installClock(pageB);
    await pageB.goto(`${b.server.url}?idle=${IDLE_B}`);
    await pageB.getByTestId('attract-start').tap();
    await pageB.getByTestId('screen-home').waitFor();

    await laptop.server.booth.publish(await packVersion('9.0.0'), 'xuzhou', '9.0.0');

    await expect(city(pageA)).toContainText(NEW_CITY, { timeout: 90_000 });
    expect(shownVersion(a)).toBe('9.0.0');
    // Kiosk B has the whole version too, and waits for its visitor to leave.
    await expect
      .poll(async () => (await b.server.booth.view()).pending?.state, { timeout: 60_000 })
      .toBe('waiting-attract');
    await expect(pageB.getByTestId('screen-home')).toBeVisible();
    expect(shownVersion(b)).not.toBe('9.0.0');
    await idleOut(pageB, IDLE_B);
    await expect(city(pageB)).toContainText(NEW_CITY, { timeout: 30_000 });
    expect(shownVersion(b)).toBe('9.0.0');
  } finally {
    await contextA.close();
    await contextB.close();
  }
});

test('a broken pack is refused on both kiosks, which keep theirs, and the laptop’s table says why', async () => {
  await laptop.server.booth.publish(
    await packVersion('9.1.0', (pack) => {
      delete pack.pack.title;
    }),
    'xuzhou',
    '9.1.0',
  );
  for (const kiosk of kiosks) {
    await expect
      .poll(async () => (await kiosk.server.booth.view()).pending?.state, { timeout: 90_000 })
      .toBe('refused');
    expect(shownVersion(kiosk)).toBe('9.0.0');
  }
  // The kiosks' status files come back through their outboxes.
  await expect
    .poll(async () => (await laptop.server.booth.view()).kiosks.map((row) => row.status?.pending.state), {
      timeout: 60_000,
    })
    .toEqual(['refused', 'refused']);
});

test('the laptop’s pooled counts are exactly the sum of each kiosk’s own', async ({ browser }) => {
  for (const [i, kiosk] of kiosks.entries()) {
    const context = await browser.newContext({
      locale: 'zh-CN',
      hasTouch: true,
      viewport: { width: 1920, height: 1080 },
    });
    const page = await context.newPage();
    try {
      await installClock(page);
      await page.goto(`${kiosk.server.url}?idle=5`);
      // A different walk on each kiosk, so that a pooled count cannot be one kiosk's twice.
      for (let visit = 0; visit <= i; visit++) {
        await page.getByTestId('attract-start').tap();
        await page.getByTestId('nav-enterprises').tap();
        await page.getByTestId('screen-enterprises').waitFor();
        await idleOut(page, 5); // the visit ends on the page's clock
      }
    } finally {
      await context.close();
    }
  }
  const today = localDate(new Date());
  const range = { from: today, to: today };
  const own = await Promise.all(kiosks.map((k) => summarizeStats(boothPaths(k.dataDir).outbox, range)));
  const expected = {
    visits: own[0]!.totals.visits + own[1]!.totals.visits,
    screenViews: own[0]!.totals.screenViews + own[1]!.totals.screenViews,
  };
  expect(own[1]!.totals.visits).toBeGreaterThan(own[0]!.totals.visits);
  const pooled = async () => {
    const stats = await laptop.server.booth.pooledStats(range);
    return { visits: stats.total.totals.visits, screenViews: stats.total.totals.screenViews };
  };
  await expect.poll(pooled, { timeout: 60_000 }).toEqual(expected);
  // A second sync of the same files: each kiosk rewrites its event files as they are (a new mtime,
  // so Syncthing sends them again); the laptop counts nothing twice.
  for (const kiosk of kiosks) {
    const outbox = boothPaths(kiosk.dataDir).outbox;
    for (const file of (await readdir(outbox)).filter((f) => f.endsWith('.jsonl'))) {
      await writeFile(path.join(outbox, file), await readFile(path.join(outbox, file)));
    }
    const client = engineOf(kiosk).client();
    for (const folder of (await client?.folders()) ?? []) await client?.scan(folder.id);
  }
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  expect(await pooled()).toEqual(expected);
});
