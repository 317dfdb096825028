import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PackLoadResult } from '../../../../main/core/pack/load-pack.ts';
import { WATCH_DEBOUNCE_MS, watchPackDir, type PackWatcher } from '../../../../main/core/pack/watch-pack-dir.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds (a busy machine may be slow to deliver events), or gives up after 5 s. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 25) await sleep(25);
}

let watcher: PackWatcher | undefined;
afterEach(() => watcher?.close());

function renamed(name: string): string {
  const pack = minimalPack();
  pack.city.name.en = name;
  return JSON.stringify(pack);
}

describe.each(['auto', 'poll'] as const)('watching a pack folder (%s)', (mode) => {
  const debounceMs = 300;
  const options = { mode, debounceMs, pollMs: 40 };

  it('reports a burst of saves once, after it settles, with the new content', async () => {
    const dir = await writePackDir();
    const seen: string[] = [];
    watcher = watchPackDir(dir, (r) => seen.push(r.pack.city.name.en), options);
    if (mode === 'poll') expect(watcher.mode).toBe('poll');
    await sleep(80);
    for (let i = 1; i <= 5; i++) await writeFile(path.join(dir, 'pack.json'), renamed(`City ${i}`));
    await until(() => seen.length > 0);
    await sleep(debounceMs * 2); // long enough for a second report, were there one
    expect(seen).toEqual(['City 5']);
  });

  it('does not report a change that leaves the pack broken', async () => {
    const dir = await writePackDir();
    const valid: unknown[] = [];
    const invalid: PackLoadResult[] = [];
    watcher = watchPackDir(dir, (r) => valid.push(r), { ...options, onInvalidChange: (r) => invalid.push(r) });
    await sleep(80);
    await writeFile(path.join(dir, 'pack.json'), '{ "half": ');
    await until(() => invalid.length > 0);
    expect(invalid).toHaveLength(1);
    expect(valid).toEqual([]);
  });

  it('says nothing after it is closed', async () => {
    const dir = await writePackDir();
    const seen: unknown[] = [];
    watcher = watchPackDir(dir, (r) => seen.push(r), options);
    await sleep(80);
    await writeFile(path.join(dir, 'pack.json'), renamed('Later'));
    watcher.close();
    await sleep(debounceMs * 2);
    expect(seen).toEqual([]);
  });
});

it('waits half a second by default, long enough for an editor to finish saving', () => {
  expect(WATCH_DEBOUNCE_MS).toBe(500);
});
