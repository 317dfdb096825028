/**
 * Child process of the publish kill test (publish-kill.test.ts): publishes the draft in a data
 * folder and, on reaching the step it is given, says `at <step>` on stdout and waits there to be
 * killed with SIGKILL. Given `none`, it publishes to the end and says `done`.
 *
 * Usage (after bundling): node publish-child.mjs <dataDir> <embeddedDir> <step | none>
 */
import { writeSync } from 'node:fs';
import path from 'node:path';
import { ActivePackManager } from '../../../../../main/core/pack/active-pack-manager.ts';
import { DraftStore } from '../../../../../main/core/studio/draft-store.ts';
import { publishDraft } from '../../../../../main/core/studio/publish-draft.ts';

const [dataDir, embeddedDir, stopAt] = process.argv.slice(2);
if (!dataDir || !embeddedDir || !stopAt) throw new Error('usage: <dataDir> <embeddedDir> <step | none>');

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const packs = await ActivePackManager.open({ root: path.join(dataDir, 'packs'), embeddedDir, log: quiet });
const result = await publishDraft({
  store: new DraftStore(dataDir),
  packs,
  onStep: async (step) => {
    if (step !== stopAt) return;
    writeSync(1, `at ${step}\n`);
    await new Promise(() => {}); // wait for the kill
  },
});
writeSync(1, result.ok ? 'done\n' : `refused ${JSON.stringify(result.errors)}\n`);
