/**
 * The e2e `test` for every kiosk page: it records every request and console message and, after
 * each test, asserts that nothing left 127.0.0.1 and nothing was logged as an error.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { HOLD_MS } from '../../renderer/src/admin/useCornerHold.ts';

export interface Watch {
  requests: string[];
  errors: string[];
  rangeStatuses: number[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { requests: [], errors: [], rangeStatuses: [] };
      page.on('request', (request) => watch.requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => watch.errors.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A media request the player aborts on a seek is not a failure the visitor sees.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') watch.errors.push(`request failed: ${request.url()}`);
      });
      page.on('response', async (response) => {
        if (response.request().headers()['range']) watch.rangeStatuses.push(response.status());
      });
      await use(watch);
      const offHost = watch.requests.filter((url) => {
        const { protocol, hostname } = new URL(url);
        return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
      });
      expect(offHost, 'requests that left 127.0.0.1').toEqual([]);
      expect(watch.errors, 'errors logged by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The kiosk opens on its attract loop: load it (with any query, e.g. `?idle=3`) and touch to start a visit. */
export async function startVisit(page: Page, query = ''): Promise<void> {
  await page.goto('/' + query);
  await page.getByTestId('screen-attract').waitFor();
  await page.getByTestId('attract-start').tap();
  await page.getByTestId('screen-home').waitFor();
}

type Point = { x: number; y: number };

/**
 * Fingers down at `from` (one point per finger), slid to `to` in `steps` touchmoves, lifted after
 * `holdMs`: a drag, a pinch, a long press. With `stepMs` the events carry their own time stamps that
 * far apart, so the slide's speed is the test's, not the time the page takes to answer each event.
 */
export async function touchDrag(
  page: Page,
  from: Point[],
  to: Point[],
  { steps = 10, stepMs, holdMs = 0 }: { steps?: number; stepMs?: number; holdMs?: number } = {},
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now() / 1000;
  const stamp = (i: number) => (stepMs === undefined ? {} : { timestamp: t0 + (i * stepMs) / 1000 });
  const at = (i: number) =>
    from.map((p, k) => ({ x: p.x + ((to[k]!.x - p.x) * i) / steps, y: p.y + ((to[k]!.y - p.y) * i) / steps }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: from, ...stamp(0) });
  for (let i = 1; i <= steps; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i), ...stamp(i) });
  if (holdMs) await page.waitForTimeout(holdMs);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], ...stamp(steps + 1) });
  await cdp.detach();
}

/** A finger held on (x, y) for `ms`, optionally sliding to `moveTo` right after touching down. */
export async function press(page: Page, ms: number, at: Point = { x: 30, y: 30 }, moveTo?: Point): Promise<void> {
  await touchDrag(page, [at], [moveTo ?? at], { steps: moveTo ? 5 : 0, holdMs: ms });
}

/**
 * A quick one-finger flick from `from` to `to`, as a visitor swipes: 8 moves stamped 12 ms apart
 * (about 4,000 px/s over 400 px). Fast enough that Chromium's gesture detector starts a fling when
 * the finger lifts.
 */
export async function flick(page: Page, from: Point, to: Point): Promise<void> {
  await touchDrag(page, [from], [to], { steps: 8, stepMs: 12 });
}

/**
 * The test's own clock for the page (Playwright's): timers, animation frames and `Date`, once per
 * page, before the kiosk loads. `performance.now()` stays real: framer times its Web Animations by
 * it against the document's real timeline, and a clock moved ahead held every later animation back
 * by as long (an overlay's fade-out took 8 s more after an 8 s skip).
 */
export async function installClock(page: Page): Promise<void> {
  if (await clockInstalled(page)) return;
  await page.clock.install();
  const realPerformance = () => {
    const w = globalThis as unknown as {
      __pwClock?: { builtins: { performance: Performance } };
      performance: Performance;
    };
    if (w.__pwClock) w.performance = w.__pwClock.builtins.performance;
  };
  await page.addInitScript(realPerformance);
  await page.evaluate(realPerformance);
}

const clockInstalled = (page: Page) => page.evaluate(() => (Date as unknown as { isFake?: boolean }).isFake === true);

/**
 * The hidden corner gesture without its 3 s wait: a finger on the corner while the page's clock
 * jumps past the hold. The clock must be installed (`page.clock.install()`) before the page loads;
 * admin.spec.ts's first test holds for the real 3 s, with `press`.
 */
export async function holdCorner(page: Page): Promise<void> {
  if (!(await clockInstalled(page))) throw new Error('holdCorner: call page.clock.install() before the page loads');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 30, y: 30 }] });
  await page.clock.fastForward(HOLD_MS);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * Moves the page's clock (installed before the page loaded) `ms` ahead at once: the timers due in
 * between fire, once each; then waits two frames, so what they changed is on screen.
 */
export async function skipAhead(page: Page, ms: number): Promise<void> {
  await page.clock.fastForward(ms);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Runs the idle countdown on screen down to the attract loop, a second at a time on the page's
 * clock (the clock also runs by itself, so no number is waited for). journey.spec.ts waits through
 * the real 10 s once.
 */
export async function runCountdown(page: Page): Promise<void> {
  const attract = page.getByTestId('screen-attract');
  for (let i = 0; i < 30 && !(await attract.isVisible()); i++) await skipAhead(page, 1000);
  await expect(attract).toBeVisible();
}

/** Lets the idle time (`?idle=` seconds) pass on the page's clock, then runs the countdown down to the attract loop. */
export async function idleOut(page: Page, idleSeconds: number): Promise<void> {
  await skipAhead(page, idleSeconds * 1000);
  await expect(page.getByTestId('idle-overlay')).toBeVisible();
  await runCountdown(page);
}

type Envelope = { ok: true; result: unknown } | { ok: false; error: string };

/** Calls a kiosk channel over browser mode's ops bridge (`request` carries the server's base URL). */
export async function ops<T = unknown>(request: APIRequestContext, channel: string, ...args: unknown[]): Promise<T> {
  const res = await request.post(`api/ops/${channel}`, { headers: { 'x-kiosk-ops': '1' }, data: { args } });
  const body = (await res.json()) as Envelope;
  if (!body.ok) throw new Error(`${channel}: ${res.status()} ${body.error}`);
  return body.result as T;
}

/** Taps `pin` on the PIN pad. */
export async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByTestId(`pin-key-${d}`).tap();
}

/**
 * Waits until the page has come to rest, or `maxMs` at most: nothing in the document has changed
 * for `quietMs` (framer's animations write styles on every frame), no finite CSS or Web animation
 * is running (the infinite ones, e.g. the attract loop breathing, never end), and the pictures on
 * screen and the fonts have loaded. A still screen is done in `quietMs` instead of a fixed pause.
 */
export async function untilStill(page: Page, maxMs: number, quietMs = 400): Promise<void> {
  // The page's own timers run late on a starved renderer: the cap is also kept here, so a screen
  // that never rests (the attract loop) is captured no later than after a fixed pause.
  let cap: NodeJS.Timeout | undefined;
  const capped = new Promise<void>((resolve) => (cap = setTimeout(resolve, maxMs)));
  const still = page.evaluate(
    ({ maxMs, quietMs }) =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        let changed = started;
        const observer = new MutationObserver(() => (changed = performance.now()));
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const animating = () =>
          document
            .getAnimations()
            .some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
        const onScreen = (el: Element) => {
          const r = el.getBoundingClientRect();
          return (
            r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
          );
        };
        const loading = () =>
          document.fonts.status !== 'loaded' || [...document.images].some((img) => !img.complete && onScreen(img));
        const check = () => {
          const now = performance.now();
          if (now - started >= maxMs || (now - changed >= quietMs && !animating() && !loading())) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 50);
        };
        check();
      }),
    { maxMs, quietMs },
  );
  await Promise.race([still.catch(() => {}), capped]);
  clearTimeout(cap);
}

/** What `watchFrames` saw: frames counted by requestAnimationFrame from when it was installed. */
export interface WatchedFrames {
  /** The frame of each click. */
  clicks: number[];
  /** Per name: the frames in which its selector came to match something, or stopped matching. */
  changes: Record<string, number[]>;
}

/**
 * In the page: counts frames, and notes the frame of each click and of each change of what the
 * named selectors match (elements or attributes). For "the press first": what a touch asks for
 * must come in a later frame than the touch.
 */
export async function watchFrames(page: Page, selectors: Record<string, string>): Promise<void> {
  await page.evaluate((selectors) => {
    const seen: WatchedFrames = { clicks: [], changes: {} };
    (window as unknown as { __watched: WatchedFrames }).__watched = seen;
    let frame = 0;
    const tick = () => {
      frame++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    addEventListener('click', () => seen.clicks.push(frame), { capture: true });
    const matching = new Map(Object.keys(selectors).map((name) => [name, false]));
    for (const name of matching.keys()) seen.changes[name] = [];
    new MutationObserver(() => {
      for (const [name, selector] of Object.entries(selectors)) {
        const now = document.querySelector(selector) !== null;
        if (now !== matching.get(name)) seen.changes[name]!.push(frame);
        matching.set(name, now);
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  }, selectors);
}

export const watchedFrames = (page: Page): Promise<WatchedFrames> =>
  page.evaluate(() => (window as unknown as { __watched: WatchedFrames }).__watched);
