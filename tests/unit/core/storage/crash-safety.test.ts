/**
 * Kill-at-any-moment test of the stores, for real: a child Node process appends events and
 * rewrites settings.json as fast as it can and is killed with SIGKILL at random moments, round
 * after round on the same files. After every kill the log must hold every finished event (and at
 * most the one in flight), every line must parse, and settings.json must be one whole version:
 * the last finished write or the one in flight, never a torn mix. Leads likewise: every finished
 * lead opens, and at most the one in flight is there too; no lead file is ever torn.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoredSettings } from '../../../../main/core/storage/settings-schema.ts';
import { serializeSettings } from '../../../../main/core/storage/settings-store.ts';
import { parseEventLines } from '../../../../main/core/stats/read-events.ts';
import { createLeadStore } from '../../../../main/core/leads/lead-store.ts';
import { generateLeadKeyPair } from '../../../../main/core/leads/sealed-box.ts';
import { bundleChild, runAndKill } from '../../support/run-and-kill.ts';

const WRITER = fileURLToPath(new URL('../../support/crash-writer.ts', import.meta.url));
const ROUNDS = 30;
const MIN_ROUNDS = 10;
const BUDGET_MS = 60_000;

let root: string;
let bundle: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kiosk-crash-'));
  bundle = path.join(root, 'crash-writer.mjs');
  await bundleChild(WRITER, bundle);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface RoundResult {
  lastEvent: number;
  lastSettings: number;
  /** Sequence numbers of the leads the writer finished saving. */
  leadAcks: number[];
}

const leadKeys = generateLeadKeyPair();

/** Starts the writer, lets it run for `runMs` after it is ready, kills it; returns its acks. */
async function runWriter(
  statsFolder: string,
  settingsFolder: string,
  firstSeq: number,
  runMs: number,
): Promise<RoundResult> {
  const leadsFolder = path.join(root, 'leads');
  const args = [statsFolder, settingsFolder, String(firstSeq), leadsFolder, leadKeys.publicKey];
  const { out, err, signal } = await runAndKill(bundle, args, {
    watch: (out, kill) => {
      if (out.includes('ready\n')) kill(runMs);
    },
    guardMs: 15_000,
  });
  if (signal !== 'SIGKILL' || !out.includes('ready\n')) throw new Error(`writer ended by itself (${signal}): ${err}`);
  const acks = (kind: string) =>
    out
      .split('\n')
      .filter((line) => line.startsWith(`${kind} `))
      .map((line) => Number(line.slice(2)));
  return {
    lastEvent: Math.max(firstSeq - 1, ...acks('e')),
    lastSettings: Math.max(-1, ...acks('s')),
    leadAcks: acks('l'),
  };
}

/** Every event line in the stats folder, in file order (one file, unless the test crosses midnight). */
async function readAllEvents(statsFolder: string): Promise<{ screens: string[]; skipped: number }> {
  const names = (await readdir(statsFolder).catch(() => [] as string[])).filter((n) => n.endsWith('.jsonl')).sort();
  const screens: string[] = [];
  let skipped = 0;
  for (const name of names) {
    const parsed = parseEventLines(await readFile(path.join(statsFolder, name), 'utf8'));
    skipped += parsed.skippedLines;
    for (const event of parsed.events) if (event.type === 'screen-view') screens.push(event.screen);
  }
  return { screens, skipped };
}

describe('a writer killed with SIGKILL at random moments', () => {
  it(
    'keeps every finished event and at most the one in flight, and settings.json is always whole',
    async () => {
      const statsFolder = path.join(root, 'stats');
      const settingsFolder = path.join(root, 'user');
      const started = Date.now();
      let persisted = 0;
      let lastSettingsAck = -1;
      let rounds = 0;
      let inFlightKept = 0;
      let killedMidSettingsWrite = 0;

      const leads = createLeadStore(path.join(root, 'leads'), { publicKey: () => leadKeys.publicKey });
      const ackedLeads: number[] = [];
      while (rounds < ROUNDS && Date.now() - started < BUDGET_MS) {
        const runMs = 5 + Math.floor(Math.random() * 120);
        // A temp file left by the previous round means the kill landed inside an atomic write.
        const leftovers = (await readdir(settingsFolder).catch(() => [] as string[])).filter((n) => n.endsWith('.tmp'));
        if (leftovers.length > 0) killedMidSettingsWrite++;
        const persistedBefore = persisted;
        const result = await runWriter(statsFolder, settingsFolder, persisted, runMs);
        rounds++;

        // Events: exactly s0, s1, … with no gap and no duplicate, up to the last acknowledged one
        // and at most one more (written, but killed before it could say so).
        const { screens, skipped } = await readAllEvents(statsFolder);
        expect(skipped).toBe(0);
        expect(screens).toEqual(screens.map((_, i) => `s${i}`));
        expect(screens.length - 1).toBeGreaterThanOrEqual(result.lastEvent);
        expect(screens.length - 1).toBeLessThanOrEqual(result.lastEvent + 1);
        if (screens.length - 1 === result.lastEvent + 1) inFlightKept++;
        persisted = screens.length;

        // Settings: a whole file, valid, exactly as serialised: the last acknowledged write, or the
        // one in flight (the writer updates settings for seq k right after acknowledging event k).
        const before = lastSettingsAck;
        if (result.lastSettings >= 0) lastSettingsAck = result.lastSettings;
        const text = await readFile(path.join(settingsFolder, 'settings.json'), 'utf8').catch(() => undefined);
        if (text !== undefined || lastSettingsAck >= 0) {
          expect(text).toBeDefined();
          const settings = StoredSettings.parse(JSON.parse(text ?? ''));
          expect(text).toBe(serializeSettings(settings));
          const inFlight = result.lastEvent >= persistedBefore ? result.lastEvent : before;
          expect([lastSettingsAck, inFlight]).toContain(settings.displayId);
          // The next round's writes continue from what is on disk.
          lastSettingsAck = settings.displayId ?? lastSettingsAck;
        }

        // Leads: every file opens (none torn); each acknowledged one is there, and at most the one in flight.
        ackedLeads.push(...result.leadAcks);
        const { leads: saved, unreadable } = await leads.list(leadKeys.privateKey);
        expect(unreadable).toBe(0);
        const names = new Set(saved.map((lead) => lead.name));
        for (const seq of ackedLeads) expect(names).toContain(`Visitor ${seq}`);
        expect(saved.length).toBeLessThanOrEqual(ackedLeads.length + rounds);
      }

      expect(rounds).toBeGreaterThanOrEqual(MIN_ROUNDS);
      // The writer really ran: many events across the rounds.
      expect(persisted).toBeGreaterThan(rounds);
      // Informational: how often the kill landed between write and acknowledgement.
      console.info(
        `crash test: ${rounds} rounds, ${persisted} events, ${ackedLeads.length} leads, in-flight event kept ${inFlightKept} times, ` +
          `killed inside a settings write ${killedMidSettingsWrite} times`,
      );
    },
    BUDGET_MS + 30_000,
  );
});
