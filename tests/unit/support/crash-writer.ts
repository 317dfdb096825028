/**
 * Child process of the crash test (crash-safety.test.ts): appends visit events and rewrites
 * settings.json as fast as it can, until the parent kills it with SIGKILL. After each event is on
 * disk it reports `e <seq>`, after each settings write `s <seq>`, on stdout with a synchronous
 * write, so the parent knows what was finished before the kill.
 *
 * Usage (after bundling): node crash-writer.mjs <statsFolder> <settingsFolder> <firstSeq>
 */
import { writeSync } from 'node:fs';
import { openSettingsStore } from '../../../main/core/storage/settings-store.ts';
import { createEventLog } from '../../../main/core/stats/event-log.ts';

const [statsFolder, settingsFolder, first] = process.argv.slice(2);
if (!statsFolder || !settingsFolder || first === undefined) throw new Error('usage: <stats> <settings> <firstSeq>');

const log = createEventLog(statsFolder);
const store = await openSettingsStore(settingsFolder);
writeSync(1, 'ready\n');

for (let seq = Number(first); ; seq++) {
  await log.append({ type: 'screen-view', screen: `s${seq}` });
  writeSync(1, `e ${seq}\n`);
  // displayId carries the sequence number, so the parent can tell which write a file came from.
  await store.update((current) => ({ ...current, displayId: seq, idleTimeoutSeconds: 10 + (seq % 3000) }));
  writeSync(1, `s ${seq}\n`);
}
