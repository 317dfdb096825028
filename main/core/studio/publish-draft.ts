/**
 * Publish: the draft becomes the pack on screen. It is checked first (refused with every problem),
 * gets its next version and today's date, is written as a complete pack folder into the library's
 * staging area and adopted through ActivePackManager exactly as a folder import is (validated
 * again there, one rename, one atomic switch, the previous pack kept for rollback). The draft itself
 * is never rewritten, so a kill at any point leaves it as it was; only its base moves on afterwards.
 */
import type { PublishResponse, VersionBump } from '../../contract/studio.ts';
import type { ActivePackManager } from '../pack/active-pack-manager.ts';
import { validatePackData } from '../pack/load-pack.ts';
import { summariseChanges } from './change-summary.ts';
import { draftMediaSource } from './draft-media.ts';
import { NoDraft, type DraftStore } from './draft-store.ts';
import { packIdentity } from './open-draft.ts';
import { PACK_JSON, packFiles, writePackFolder } from './write-pack-folder.ts';

/** The points a publish passes, in order (a test kills the process at each). */
export type PublishStep = 'checked' | 'pack-file-written' | 'written' | 'renamed' | 'switched';

/** `1.4.2` bumped: patch → 1.4.3, minor → 1.5.0, major → 2.0.0; undefined when it is no such version. */
export function bumpVersion(version: string, bump: VersionBump = 'patch'): string | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) return undefined;
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** `YYYY-MM-DD` of `at` in local time: the date staff see on their calendar. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Whichever of two versions is later (either may be missing or malformed). */
function laterVersion(a: string | undefined, b: string | undefined): string | undefined {
  const parts = (v: string | undefined) => (v && /^\d+\.\d+\.\d+$/.test(v) ? v.split('.').map(Number) : undefined);
  const pa = parts(a);
  const pb = parts(b);
  if (!pa) return pb ? b : a;
  if (!pb) return a;
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! > pb[i]! ? a : b;
  return a;
}

/**
 * The pack object publish writes: the draft's, unchanged but for `pack.version` (the base's, bumped;
 * or the draft's own when staff set it later than the base's) and `pack.updated`.
 */
export function publishedPack(
  draftPack: unknown,
  baseVersion: string | undefined,
  bump: VersionBump | undefined,
  today: Date,
): unknown {
  const pack = structuredClone(draftPack) as { pack?: Record<string, unknown> } | null;
  if (pack === null || typeof pack !== 'object' || typeof pack.pack !== 'object' || pack.pack === null) return pack;
  const own = typeof pack.pack.version === 'string' ? pack.pack.version : undefined;
  // Staff who typed a later version than the base's chose it: it is kept as they wrote it.
  const chosen =
    own !== undefined && baseVersion !== undefined && own !== baseVersion && laterVersion(own, baseVersion) === own;
  const next = chosen ? own : own === undefined ? undefined : bumpVersion(laterVersion(own, baseVersion) ?? own, bump);
  if (next !== undefined) pack.pack.version = next;
  pack.pack.updated = localDate(today);
  return pack;
}

export async function publishDraft(options: {
  store: DraftStore;
  packs: ActivePackManager;
  bump?: VersionBump;
  today?: Date;
  onStep?: (step: PublishStep) => Promise<void> | void;
}): Promise<PublishResponse> {
  const { store, packs, onStep } = options;
  const draft = await store.read();
  if (!draft) throw new NoDraft();
  const basePack = await store.readBase();
  const media = draftMediaSource(store.dir, draft);
  const pack = publishedPack(draft.pack, draft.base?.version, options.bump, options.today ?? new Date());
  const checked = await validatePackData(pack, media, PACK_JSON);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  await onStep?.('checked');

  const files = await packFiles(pack, media);
  const imported = await packs.importStaged(
    (staging) => writePackFolder(staging, files, async () => onStep?.('pack-file-written')),
    (step) => onStep?.(step),
  );
  if (imported.status !== 'imported') {
    // Checked above, so only a fault of the machine (a full disk, a file removed meanwhile) lands here.
    const messages = imported.status === 'refused' ? imported.errors : ['the publish was cancelled'];
    return {
      ok: false,
      errors: messages.map((message) => ({ severity: 'error' as const, file: PACK_JSON, path: '', message })),
    };
  }
  await onStep?.('switched');
  const identity = packIdentity(pack)!;
  const dir = packs.getPack()?.dir;
  if (dir) await store.rebase(identity, dir, pack);
  return { ok: true, id: identity.id, version: identity.version, summary: summariseChanges(basePack, pack) };
}
