/**
 * kill -9 mid-publish, for real: a child process publishes the draft and is killed with SIGKILL at
 * each step of the way. After each kill, a restarted kiosk shows the old pack or the new one, each
 * whole (pack.json field for field, and it loads), never a mix; and the draft is as it was.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ActivePackManager } from '../../../../main/core/pack/active-pack-manager.ts';
import { DraftStore } from '../../../../main/core/studio/draft-store.ts';
import { openFolder } from '../../../../main/core/studio/open-draft.ts';
import { localDate, type PublishStep } from '../../../../main/core/studio/publish-draft.ts';
import { pngHeader } from '../../../fixtures/image-headers.ts';
import { minimalPack, writePackDir } from '../../../fixtures/minimal-pack.ts';
import { bundleChild, runAndKill } from '../../support/run-and-kill.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const CHILD = fileURLToPath(new URL('./support/publish-child.ts', import.meta.url));
const quiet = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

let root: string;
let bundle: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kiosk-publish-kill-'));
  bundle = path.join(root, 'publish-child.mjs');
  await bundleChild(CHILD, bundle);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs the child until it reaches `step` (then kills it) or ends; answers what it said last. */
async function publishUntil(dataDir: string, embeddedDir: string, step: PublishStep | 'none'): Promise<string> {
  const { out, err, code, signal } = await runAndKill(bundle, [dataDir, embeddedDir, step], {
    watch: (out, kill) => {
      if (out.includes(`at ${step}\n`)) kill();
    },
    cwd: fileURLToPath(new URL('../../../../', import.meta.url)),
  });
  if (signal === 'SIGKILL' || code === 0) return out.trim();
  throw new Error(`child failed (${code}): ${err}`);
}

/** A data folder whose draft is the minimal pack with a figure changed and a logo added in the studio. */
async function dataWithDraft() {
  const dataDir = await tempFolder('kiosk-publish-kill-data-');
  const embeddedDir = await writePackDir(minimalPack());
  const store = new DraftStore(dataDir);
  const opened = await openFolder(embeddedDir, 'active');
  if (!opened.ok) throw new Error('cannot open the pack');
  const draft = await store.replace(opened.draft, async (dir) => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, 'media', 'logo.png'), pngHeader(512, 512));
  });
  const pack = structuredClone(draft.pack) as ReturnType<typeof minimalPack>;
  pack.city.headlineFigures[0]!.value = 7e11;
  pack.enterprises![0]!.logo = 'media/logo.png';
  await store.save(pack, draft.revision);
  const saved = await readFile(path.join(store.dir, 'draft.json'), 'utf8');
  return { dataDir, embeddedDir, store, pack, saved };
}

const STEPS: Array<[PublishStep, 'old' | 'new']> = [
  ['checked', 'old'],
  ['pack-file-written', 'old'],
  ['written', 'old'],
  ['renamed', 'old'],
  ['switched', 'new'],
];

describe('kill -9 mid-publish', () => {
  it.each(STEPS)(
    'killed at "%s": the kiosk restarts on the %s pack, whole, and the draft is intact',
    async (step, expected) => {
      const { dataDir, embeddedDir, store, pack, saved } = await dataWithDraft();
      expect(await publishUntil(dataDir, embeddedDir, step)).toBe(`at ${step}`);

      const kiosk = await ActivePackManager.open({ root: path.join(dataDir, 'packs'), embeddedDir, log: quiet });
      // What the killed publish was writing is swept away at the restart.
      expect(
        (await readdir(path.join(dataDir, 'packs')).catch(() => [] as string[])).filter((name) => name.startsWith('.')),
      ).toEqual([]);
      const shown = kiosk.getPack();
      expect(shown).toBeDefined();
      expect(kiosk.getPackErrors()).toEqual([]);
      const onDisk = JSON.parse(await readFile(path.join(shown!.dir, 'pack.json'), 'utf8'));
      const old = minimalPack();
      const published = { ...pack, pack: { ...pack.pack, version: '1.0.1', updated: localDate(new Date()) } };
      expect(onDisk).toEqual(expected === 'old' ? old : published);
      expect(shown!.pack.city.headlineFigures[0]!.value).toBe(expected === 'old' ? 1e11 : 7e11);

      // The draft is as it was saved, and publishing it again works.
      expect(await readFile(path.join(store.dir, 'draft.json'), 'utf8')).toBe(saved);
      if (expected === 'old') {
        expect(await publishUntil(dataDir, embeddedDir, 'none')).toBe('done');
        const after = await ActivePackManager.open({ root: path.join(dataDir, 'packs'), embeddedDir, log: quiet });
        expect(after.getPack()!.pack.pack.version).toBe('1.0.1');
        expect(after.getPack()!.pack.enterprises[0]!.logo).toBe('media/logo.png');
      }
    },
  );
});
