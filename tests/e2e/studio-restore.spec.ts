/**
 * Crash and restore (issue 20): staff's edits are autosaved; the studio server is killed (kill -9)
 * while they work, and the page says their next edits are not saved; started again, the studio
 * opens on the draft with the saved edits, says it restored it, and the kiosk's pack was never
 * touched. This spec runs its own studio server (same port and data folder across the restart),
 * so it can kill it without stopping the one the other specs use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Pack } from '../../main/core/pack/schema.ts';
import { field } from './studio-test.ts';

const pack: Pack = JSON.parse(await readFile('assets/packs/xuzhou/pack.json', 'utf8'));

test.use({ viewport: { width: 1680, height: 1000 } });

/** A port free now, on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `npm run studio`'s server in this very process (node with tsx, no wrapper to outlive a kill). */
async function startStudio(port: number, data: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/cli/studio.ts', '--port', String(port), '--data', data],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the studio did not start:\n${output}`)), 45_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Content studio on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the studio exited (${code}):\n${output}`)));
  });
  return child;
}

async function killHard(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

async function appendTo(page: Page, fieldPath: string, text: string) {
  await field(page, fieldPath).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

test('after the studio is killed mid-edit and started again, the draft is restored with the saved edits, and the page says so', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const port = await freePort();
  const data = path.join(tmpdir(), `kiosk-e2e-restore-${Date.now()}-${process.pid}`);
  const studio = `http://127.0.0.1:${port}/studio/`;
  let server: ChildProcess | undefined = await startStudio(port, data);
  try {
    await page.goto(studio);
    await page.getByTestId('open-active').click();
    await page.getByTestId('form').waitFor();
    // A fresh draft is not a restored one.
    await expect(page.getByTestId('draft-restored')).toHaveCount(0);

    // A text edit, autosaved within seconds; a new enterprise, saved at once.
    await appendTo(page, 'city.tagline.en', ' (before the crash)');
    await page.getByTestId('section-enterprises').click();
    await page.getByTestId('add-item').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('restored-co');
    await expect(page.getByTestId('save-status')).toContainText('草稿已保存', { timeout: 10_000 });

    // The server dies (kill -9). The next edit cannot be saved, and the page says so.
    await killHard(server);
    server = undefined;
    await page.getByTestId('section-city').click();
    await appendTo(page, 'city.intro.en', ' Lost.');
    await expect(page.getByTestId('save-status')).toContainText('未保存:工作室服务没有响应', { timeout: 10_000 });

    // Started again on the same data folder; the page opened anew (the old one's token is gone).
    server = await startStudio(port, data);
    await page.goto(studio);
    await expect(page.getByTestId('draft-restored')).toContainText('已恢复上次保存的草稿');
    await expect(field(page, 'city.tagline.en')).toHaveValue(`${pack.city.tagline.en} (before the crash)`);
    await expect(field(page, 'city.intro.en')).toHaveValue(pack.city.intro.en);
    await expect(page.getByTestId('section-enterprises')).toContainText(String(pack.enterprises.length + 1));
    await page.getByTestId('section-enterprises').click();
    await expect(page.getByTestId('item-list')).toContainText('restored-co');

    // The kiosk's pack was never touched by the draft.
    const shown = (await (await page.request.get(`http://127.0.0.1:${port}/api/pack`)).json()) as Pack;
    expect(shown.city.tagline.en).toBe(pack.city.tagline.en);
    expect(shown.enterprises.map((e) => e.id)).not.toContain('restored-co');
  } finally {
    if (server) await killHard(server);
  }
});
