/**
 * Child process of the crash test (crash-safety.test.ts): appends visit events and rewrites
 * settings.json as fast as it can, until the parent kills it with SIGKILL. After each event is on
 * disk it reports `e <seq>`, after each settings write `s <seq>`, and with a leads folder after each
 * lead saved `l <seq>`, on stdout with a synchronous write, so the parent knows what was finished
 * before the kill.
 *
 * Usage (after bundling): node crash-writer.mjs <statsFolder> <settingsFolder> <firstSeq> [<leadsFolder> <publicKey>]
 */
import { writeSync } from 'node:fs';
import { openSettingsStore } from '../../../main/core/storage/settings-store.ts';
import { createEventLog } from '../../../main/core/stats/event-log.ts';
import { createLeadStore } from '../../../main/core/leads/lead-store.ts';

const [statsFolder, settingsFolder, first, leadsFolder, publicKey] = process.argv.slice(2);
if (!statsFolder || !settingsFolder || first === undefined) throw new Error('usage: <stats> <settings> <firstSeq>');

const log = createEventLog(statsFolder);
const store = await openSettingsStore(settingsFolder);
const leads = leadsFolder && publicKey ? createLeadStore(leadsFolder, { publicKey: () => publicKey }) : undefined;
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** `XZ-` and the sequence number in four base-32 digits, so the parent can tell which lead a file is. */
const reference = (seq: number) => `XZ-${[3, 2, 1, 0].map((p) => BASE32[Math.floor(seq / 32 ** p) % 32]).join('')}`;
writeSync(1, 'ready\n');

for (let seq = Number(first); ; seq++) {
  await log.append({ type: 'screen-view', screen: `s${seq}` });
  writeSync(1, `e ${seq}\n`);
  // displayId carries the sequence number, so the parent can tell which write a file came from.
  await store.update((current) => ({ ...current, displayId: seq, idleTimeoutSeconds: 10 + (seq % 3000) }));
  writeSync(1, `s ${seq}\n`);
  if (leads) {
    await leads.save({
      item: { kind: 'cluster', id: 'machinery', title: 'Construction machinery' },
      language: 'en',
      reference: reference(seq),
      name: `Visitor ${seq}`,
      organisation: '',
      contact: 'visitor@example.com',
      country: '',
      message: '',
      consent: true,
    });
    writeSync(1, `l ${seq}\n`);
  }
}
