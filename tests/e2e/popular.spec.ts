/**
 * Home's tiles show the items visitors showed the most interest in (issue 26): visitors tap a
 * cluster's "I'm interested" with touch, and home's clusters tile then names that cluster, in Chinese
 * and in English. Its own browser-mode server on a fresh data folder, so that the interest recorded
 * here meets no other spec (and other specs' touches do not count here).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startBrowserMode, type BrowserModeServer } from '../../main/cli/browser-mode.ts';
import { expect, test } from './kiosk-test.ts';

let server: BrowserModeServer;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kiosk-popular-e2e-'));
  server = await startBrowserMode({ port: 0, dataDir, watchPack: false, log: () => {} });
});

test.afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A new visit: the kiosk page loaded afresh, its attract loop touched. */
async function newVisit(page: Page): Promise<void> {
  await page.goto(server.url);
  await page.getByTestId('screen-attract').waitFor();
  await page.getByTestId('attract-start').tap();
  await page.getByTestId('screen-home').waitFor();
}

/** In the visit under way: the construction-machinery cluster's "I'm interested", tapped, then the sheet closed. */
async function interestInCluster(page: Page): Promise<void> {
  await page.getByTestId('nav-clusters').tap();
  await page.getByTestId('cluster-node-construction-machinery').tap();
  await page.getByTestId('screen-cluster').waitFor();
  const recorded = page.waitForResponse(
    (response) =>
      response.url().endsWith('stats:record') && response.request().postData()?.includes('"interest"') === true,
  );
  await page.getByTestId('interest-cluster-construction-machinery').tap();
  await expect(page.getByTestId('interest-sheet')).toBeVisible();
  expect((await recorded).ok()).toBe(true);
  await page.getByTestId('interest-close').tap();
}

test("home's clusters tile names the cluster visitors showed the most interest in, in Chinese and English", async ({
  page,
}) => {
  // A fresh kiosk: no tile is marked.
  await newVisit(page);
  await expect(page.getByTestId('nav-clusters')).toBeVisible();
  await expect(page.getByTestId('home-popular')).toHaveCount(0);

  // One visitor, even tapping it twice, makes nothing popular.
  await interestInCluster(page);
  await page.getByTestId('nav-home').tap();
  await interestInCluster(page);
  await page.getByTestId('nav-home').tap();
  await page.getByTestId('screen-home').waitFor();
  await expect(page.getByTestId('home-popular')).toHaveCount(0);

  // A second visitor does.
  await newVisit(page);
  await interestInCluster(page);
  await page.getByTestId('nav-home').tap();
  const mark = page.getByTestId('nav-clusters').getByTestId('home-popular');
  await expect(mark).toHaveText('热门关注：工程机械');
  // Only the tile that leads to it.
  await expect(page.getByTestId('home-popular')).toHaveCount(1);

  // The next visitor sees it too, in English once they switch.
  await newVisit(page);
  await expect(mark).toHaveText('热门关注：工程机械');
  await page.getByTestId('lang-en').tap();
  await expect(mark).toHaveText('Popular: Construction machinery');
});
