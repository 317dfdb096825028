/**
 * The booth in browser mode: a staff laptop and two kiosks, each its own browser-mode server on its
 * own data folder, in this process. What moves the folders between them is `transport`: here a fake
 * that copies the laptop's packs folder into each kiosk's and then says it is complete, as Syncthing
 * would; the same steps can run over real Syncthing instances by replacing it. What is asserted is
 * what people see: the kiosk's attract loop shows the new city only once the folder is complete, a
 * kiosk in the middle of a visit switches only after returning to its attract loop, and a broken pack
 * is refused, with the laptop's booth table saying why.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { BrowserModeServer } from '../../main/cli/browser-mode.ts';
import { packVersion as packVersionOf, startBoothMachine, type PackJson } from '../../harness/booth-machine.ts';
import { createFakeEngine, fakeDeviceId, fakeTransport, type FakeEngine } from '../../harness/fake-booth.ts';
import { expect, idleOut, installClock, press, test, typePin } from './kiosk-test.ts';

const PIN = '246813';
const NEW_CITY = '展位新城';

interface Machine {
  server: BrowserModeServer;
  engine: FakeEngine;
  dataDir: string;
}

/** How folders travel between the booth's machines (fake here; Syncthing in the lead's real-engine run). */
interface Transport {
  /** Starts sending the laptop's packs to a kiosk: its files arrive, and its engine still says "syncing". */
  packsArriving(kiosk: Machine): Promise<void>;
  /** The kiosk's packs folder is complete. */
  packsComplete(kiosk: Machine): Promise<void>;
  /** The kiosk's outbox (statistics, status) reaches the laptop. */
  outbox(kiosk: Machine): Promise<void>;
}

let laptop: Machine;
let kiosks: Machine[];
let work: string;
let transport: Transport;

async function machine(name: string, options: { packDir?: string } = {}): Promise<Machine> {
  const engine = createFakeEngine(fakeDeviceId(name));
  const started = await startBoothMachine(work, name, {
    packDir: options.packDir,
    startBoothEngine: async () => engine,
  });
  return { ...started, engine };
}

/** A copy of the default pack as version `version`, its city renamed; `edit` may break it. */
const packVersion = (version: string, edit?: (pack: PackJson) => void) =>
  packVersionOf(work, version, { 'zh-CN': NEW_CITY, en: 'Booth City', ja: '展位新城' }, edit);

test.beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kiosk-booth-e2e-'));
  laptop = await machine('laptop', { packDir: await packVersion('9.0.0') });
  kiosks = [await machine('kiosk-a'), await machine('kiosk-b')];
  transport = {
    async packsArriving(kiosk) {
      kiosk.engine.setPacksState({ completion: 37, state: 'syncing', complete: false });
      await fakeTransport.packs(laptop.dataDir, kiosk.dataDir);
    },
    async packsComplete(kiosk) {
      kiosk.engine.setPacksState({ completion: 100, state: 'idle', complete: true });
    },
    async outbox(kiosk) {
      await fakeTransport.outbox(kiosk.dataDir, laptop.dataDir, kiosk.engine.deviceId);
    },
  };
  await laptop.server.booth.setRole({ role: 'laptop', name: 'Staff laptop' });
  for (const [i, kiosk] of kiosks.entries()) {
    await kiosk.server.booth.setRole({ role: 'kiosk', name: `Kiosk ${'AB'[i]}` });
    await kiosk.engine.pair(laptop.engine.deviceId, 'Staff laptop');
    await laptop.engine.pair(kiosk.engine.deviceId, `Kiosk ${'AB'[i]}`);
  }
  // The laptop's admin PIN (its first-run PIN changed), for its panel.
  const call = async (channel: string, ...args: unknown[]) => {
    const res = await fetch(`${laptop.server.url}api/ops/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-ops': '1', origin: laptop.server.url.slice(0, -1) },
      body: JSON.stringify({ args }),
    });
    return ((await res.json()) as { result: unknown }).result;
  };
  await call('admin:unlock', '000000');
  await call('admin:change-pin', '000000', PIN);
  await call('admin:lock');
});

test.afterAll(async () => {
  for (const m of [laptop, ...(kiosks ?? [])]) await m?.server.close();
  await rm(work, { recursive: true, force: true });
});

const city = (page: Page) => page.locator('.attract__city');
const shownVersion = (m: Machine) => m.server.packs.getPack()?.pack.pack.version;

async function publish(dir: string, version: string) {
  await laptop.server.booth.publish(dir, 'xuzhou', version);
}

test('the new city shows on the attract loop only once received whole; a kiosk mid-visit switches after its visit', async ({
  browser,
}) => {
  const [a, b] = kiosks as [Machine, Machine];
  // Two kiosk screens side by side: a context each, closed at the end so they do not keep running.
  const contextA = await browser.newContext({
    locale: 'zh-CN',
    hasTouch: true,
    viewport: { width: 1920, height: 1080 },
  });
  const contextB = await browser.newContext({
    locale: 'zh-CN',
    hasTouch: true,
    viewport: { width: 1920, height: 1080 },
  });
  const pageA = await contextA.newPage();
  const pageB = await contextB.newPage();
  try {
    await pageA.goto(a.server.url);
    await expect(city(pageA)).toBeVisible();
    await expect(city(pageA)).not.toContainText(NEW_CITY);
    // A visitor is at kiosk B; the idle reset ends the visit when the test moves B's clock past it.
    await installClock(pageB);
    await pageB.goto(`${b.server.url}?idle=600`);
    await pageB.getByTestId('attract-start').tap();
    await pageB.getByTestId('screen-home').waitFor();

    await publish(path.join(work, 'pack-9.0.0'), '9.0.0');
    await transport.packsArriving(a);
    await transport.packsArriving(b);
    // Files are there but the folder is not complete: nothing changes on screen.
    await expect.poll(async () => (await a.server.booth.view()).pending?.state).toBe('incomplete');
    await pageA.waitForTimeout(5_000); // longer than the page's pack check (4 s) and the kiosk's (0.5 s)
    await expect(city(pageA)).not.toContainText(NEW_CITY);
    expect(shownVersion(a)).not.toBe('9.0.0');

    await transport.packsComplete(a);
    await transport.packsComplete(b);
    await expect(city(pageA)).toContainText(NEW_CITY, { timeout: 20_000 });
    // Kiosk B waits for its visitor to leave.
    await expect.poll(async () => (await b.server.booth.view()).pending?.state).toBe('waiting-attract');
    await expect(pageB.getByTestId('screen-home')).toBeVisible();
    expect(shownVersion(b)).not.toBe('9.0.0');
    // The visit ends (idle reset): the attract loop comes back, with the new city.
    await idleOut(pageB, 600);
    await expect(city(pageB)).toContainText(NEW_CITY, { timeout: 20_000 });
    expect(shownVersion(b)).toBe('9.0.0');
  } finally {
    await contextA.close();
    await contextB.close();
  }
});

test('a broken pack is refused on every kiosk, which keep theirs, and the laptop’s booth table says why', async ({
  page,
}) => {
  const broken = await packVersion('9.1.0', (pack) => {
    delete pack.pack.title;
  });
  await publish(broken, '9.1.0');
  for (const kiosk of kiosks) {
    await transport.packsArriving(kiosk);
    await transport.packsComplete(kiosk);
  }
  for (const kiosk of kiosks) {
    await expect.poll(async () => (await kiosk.server.booth.view()).pending?.state).toBe('refused');
    expect(shownVersion(kiosk)).toBe('9.0.0');
  }
  // A visitor at kiosk A said "I'm interested" in an enterprise: the laptop's pooled view shows it.
  const a = kiosks[0]!;
  await fetch(`${a.server.url}api/ops/stats:record`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-ops': '1', origin: a.server.url.slice(0, -1) },
    body: JSON.stringify({ args: [{ type: 'interest', kind: 'enterprise', id: 'xcmg-heavy' }] }),
  });
  // The refusal reaches the laptop in each kiosk's status.
  await expect
    .poll(async () => {
      for (const kiosk of kiosks) await transport.outbox(kiosk);
      const view = await laptop.server.booth.view();
      return view.kiosks.map((row) => row.status?.pending.state);
    })
    .toEqual(['refused', 'refused']);

  await page.goto(laptop.server.url);
  await page.getByTestId('screen-attract').waitFor();
  await press(page, 3300);
  await typePin(page, PIN);
  await page.getByTestId('pin-enter').tap();
  await page.getByTestId('admin-tab-booth').tap();
  const rows = page.getByTestId('booth-row');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) {
    await expect(row.getByTestId('booth-row-pack')).toHaveText('xuzhou 9.0.0');
    await expect(row.getByTestId('booth-row-pending')).toHaveAttribute('data-state', 'refused');
    await expect(row.getByTestId('booth-row-pending')).toContainText('9.1.0');
    await expect(row.getByTestId('booth-row-pending-reasons')).toContainText('title');
  }
  await expect(page.getByTestId('booth-chart-interest')).toBeVisible();
});
