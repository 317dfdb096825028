/** Every screen of the visitor journey, and how a test reaches it from a fresh visit. */
import type { Page } from '@playwright/test';
import { startVisit, untilStill } from './kiosk-test.ts';

export interface ScreenStep {
  name: string;
  testId: string;
  open: (page: Page) => Promise<void>;
  /** The longest its entrance can take to come to rest, if longer than most screens' 1.5 s. */
  settleMs?: number;
}

const enterpriseWithVideo = 'xcmg-heavy';

export const SCREENS: ScreenStep[] = [
  { name: 'attract', testId: 'screen-attract', open: async (page) => void (await page.goto('/')) },
  { name: 'home', testId: 'screen-home', open: async () => {} },
  { name: 'enterprises', testId: 'screen-enterprises', open: (page) => page.getByTestId('nav-enterprises').tap() },
  {
    name: 'enterprise',
    testId: 'screen-enterprise',
    open: async (page) => {
      await page.getByTestId('nav-enterprises').tap();
      await page.getByTestId(`enterprise-card-${enterpriseWithVideo}`).tap();
    },
  },
  { name: 'search', testId: 'screen-search', open: (page) => page.getByTestId('home-search').tap() },
  { name: 'map', testId: 'screen-map', open: (page) => page.getByTestId('nav-map').tap() },
  {
    name: 'world',
    testId: 'world-reach-brazil',
    settleMs: 3_200, // the world comes into view, then its arcs draw
    open: async (page) => {
      await page.getByTestId('nav-map').tap();
      await page.getByTestId('map-world').tap();
    },
  },
  { name: 'clusters', testId: 'screen-clusters', open: (page) => page.getByTestId('nav-clusters').tap() },
  {
    name: 'cluster',
    testId: 'screen-cluster',
    open: async (page) => {
      await page.getByTestId('nav-clusters').tap();
      await page.getByTestId('cluster-node-construction-machinery').tap();
    },
  },
  { name: 'future', testId: 'screen-future', open: (page) => page.getByTestId('nav-future').tap() },
  { name: 'contact', testId: 'screen-contact', open: (page) => page.getByTestId('nav-contact').tap() },
];

/**
 * Opens a screen in a language, from a fresh visit, and waits for it to come to rest (its entrance
 * played, its pictures loaded), at most its settleMs.
 */
export async function openScreen(page: Page, step: ScreenStep, lang: string): Promise<void> {
  if (step.name === 'attract') {
    await step.open(page);
  } else {
    await startVisit(page);
    if (lang !== 'zh-CN') await page.getByTestId(`lang-${lang}`).tap();
    await step.open(page);
  }
  await page.getByTestId(step.testId).waitFor();
  await untilStill(page, step.settleMs ?? 1_500);
}
