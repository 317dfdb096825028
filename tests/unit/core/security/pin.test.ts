import { describe, expect, it } from 'vitest';
import { createAdminSession } from '../../../../main/core/security/admin-session.ts';
import {
  createPinGuard,
  MAX_LEADS_PIN_FAILURES,
  MAX_PIN_FAILURES,
  PIN_LOCK_MS,
} from '../../../../main/core/security/pin-guard.ts';
import { DEFAULT_PIN, DEFAULT_SCRYPT, hashPin, pinProblem, verifyPin } from '../../../../main/core/security/pin.ts';
import { openSettingsStore } from '../../../../main/core/storage/settings-store.ts';
import { tempFolder } from '../../support/temp-folder.ts';

/** A cheap scrypt cost, so tests that hash many PINs stay fast; the default cost is tested once. */
const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };

describe('pinProblem', () => {
  it.each(['135790', '20261127', '987654321012'])('accepts %s', (pin) => {
    expect(pinProblem(pin)).toBeNull();
  });

  it.each([
    ['too short', '12345', 'a PIN has 6 to 12 digits'],
    ['too long', '1234567890123', 'a PIN has 6 to 12 digits'],
    ['not only digits', '12345a', 'a PIN has digits only'],
    ['empty', '', 'a PIN has digits only'],
    ['one digit repeated', '777777', 'a PIN may not be one digit repeated'],
    ['the first-run PIN', DEFAULT_PIN, 'a PIN may not be one digit repeated'],
    ['full-width digits', '１２３４５６', 'a PIN has digits only'],
  ])('refuses a PIN that is %s', (_what, pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });
});

describe('hashPin / verifyPin', () => {
  it('hashes with scrypt N=2^15 r=8 p=1 and a 16-byte salt by default, and verifies', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 32768, r: 8, p: 1, keyLength: 32 });
    const record = await hashPin('135790');
    expect(record).toMatchObject({ algorithm: 'scrypt', N: 32768, r: 8, p: 1, keyLength: 32 });
    expect(Buffer.from(record.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(record.hash, 'base64')).toHaveLength(32);
    await expect(verifyPin('135790', record)).resolves.toBe(true);
    await expect(verifyPin('135791', record)).resolves.toBe(false);
  });

  it('salts each hash, so the same PIN never gives the same record', async () => {
    const a = await hashPin('135790', FAST);
    const b = await hashPin('135790', FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('never stores the PIN itself', async () => {
    const record = await hashPin('135790', FAST);
    expect(JSON.stringify(record)).not.toContain('135790');
  });

  it('verifies with the parameters stored in the record', async () => {
    const record = await hashPin('246801', { N: 2048, r: 4, p: 2, keyLength: 48 });
    await expect(verifyPin('246801', record)).resolves.toBe(true);
    await expect(verifyPin('246802', record)).resolves.toBe(false);
  });

  it('accepts only the first-run PIN while none is stored', async () => {
    await expect(verifyPin(DEFAULT_PIN, null)).resolves.toBe(true);
    await expect(verifyPin('0000000', null)).resolves.toBe(false);
    await expect(verifyPin('123456', null)).resolves.toBe(false);
    await expect(verifyPin('', null)).resolves.toBe(false);
  });
});

/** A guard over a real settings store in a temp folder, with a clock the test moves. */
async function guardAt(dir?: string) {
  const folder = dir ?? (await tempFolder());
  const clock = { t: 1_000_000 };
  const store = await openSettingsStore(folder);
  const guard = createPinGuard(store, { now: () => clock.t, scrypt: FAST });
  return { folder, clock, store, guard };
}

describe('createPinGuard', () => {
  it('on first run opens only to change the PIN', async () => {
    const { guard } = await guardAt();
    expect(guard.mustChange()).toBe(true);
    await expect(guard.unlock(DEFAULT_PIN)).resolves.toEqual({ status: 'must-change' });
  });

  it('changes the first-run PIN, after which the new one unlocks and the old one does not', async () => {
    const { guard, store } = await guardAt();
    await expect(guard.changePin(DEFAULT_PIN, '135790')).resolves.toEqual({ status: 'changed' });
    expect(guard.mustChange()).toBe(false);
    expect(store.get().pin).not.toBeNull();
    await expect(guard.unlock('135790')).resolves.toEqual({ status: 'unlocked' });
    await expect(guard.unlock(DEFAULT_PIN)).resolves.toEqual({ status: 'wrong', triesLeft: 4 });
  });

  it('refuses a new PIN that breaks the rules, and keeps the old one', async () => {
    const { guard } = await guardAt();
    await expect(guard.changePin(DEFAULT_PIN, '111111')).resolves.toEqual({
      status: 'invalid',
      problem: 'a PIN may not be one digit repeated',
    });
    expect(guard.mustChange()).toBe(true);
  });

  it('refuses a change when the current PIN is wrong, and counts it as a wrong try', async () => {
    const { guard } = await guardAt();
    await expect(guard.changePin('999999', '135790')).resolves.toEqual({ status: 'wrong', triesLeft: 4 });
    expect(guard.mustChange()).toBe(true);
  });

  it(`locks for 5 minutes after ${MAX_PIN_FAILURES} wrong tries, even for the right PIN`, async () => {
    const { guard, clock } = await guardAt();
    for (let left = 4; left >= 1; left--) {
      await expect(guard.unlock('123456')).resolves.toEqual({ status: 'wrong', triesLeft: left });
    }
    await expect(guard.unlock('123456')).resolves.toEqual({ status: 'locked', retryAfterMs: PIN_LOCK_MS });
    clock.t += 60_000;
    await expect(guard.unlock(DEFAULT_PIN)).resolves.toEqual({ status: 'locked', retryAfterMs: PIN_LOCK_MS - 60_000 });
    await expect(guard.changePin(DEFAULT_PIN, '135790')).resolves.toMatchObject({ status: 'locked' });
    clock.t += PIN_LOCK_MS - 60_000;
    await expect(guard.unlock(DEFAULT_PIN)).resolves.toEqual({ status: 'must-change' });
  });

  it('gives a fresh count of tries after a lockout has run out', async () => {
    const { guard, clock } = await guardAt();
    for (let i = 0; i < MAX_PIN_FAILURES; i++) await guard.unlock('123456');
    clock.t += PIN_LOCK_MS;
    await expect(guard.unlock('123456')).resolves.toEqual({ status: 'wrong', triesLeft: 4 });
  });

  it('resets the count of wrong tries after a right PIN', async () => {
    const { guard, store } = await guardAt();
    await guard.unlock('123456');
    await guard.unlock('123456');
    await guard.unlock(DEFAULT_PIN);
    expect(store.get().pinLockout).toEqual({ failures: 0, lockedUntil: null });
    await expect(guard.unlock('123456')).resolves.toEqual({ status: 'wrong', triesLeft: 4 });
  });

  it('keeps the lockout across a restart (it is stored in settings.json)', async () => {
    const first = await guardAt();
    for (let i = 0; i < MAX_PIN_FAILURES; i++) await first.guard.unlock('123456');
    const restarted = await openSettingsStore(first.folder);
    const guard = createPinGuard(restarted, { now: () => first.clock.t + 1000, scrypt: FAST });
    await expect(guard.unlock(DEFAULT_PIN)).resolves.toEqual({ status: 'locked', retryAfterMs: PIN_LOCK_MS - 1000 });
  });

  it(`locks the leads for 5 minutes after ${MAX_LEADS_PIN_FAILURES} wrong tries in a row, even once the right PIN opens the panel`, async () => {
    const { guard, clock, folder } = await guardAt();
    await guard.unlock('123456');
    await guard.unlock('123456');
    expect(guard.leadsRetryAfterMs()).toBeNull();
    await expect(guard.unlock('123456')).resolves.toEqual({ status: 'wrong', triesLeft: 2 });
    expect(guard.leadsRetryAfterMs()).toBe(PIN_LOCK_MS);
    // The panel opens with the right PIN; the leads stay locked, across a restart too.
    await expect(guard.unlock(DEFAULT_PIN)).resolves.toEqual({ status: 'must-change' });
    clock.t += 60_000;
    const restarted = createPinGuard(await openSettingsStore(folder), { now: () => clock.t, scrypt: FAST });
    expect(restarted.leadsRetryAfterMs()).toBe(PIN_LOCK_MS - 60_000);
    clock.t += PIN_LOCK_MS - 60_000;
    expect(restarted.leadsRetryAfterMs()).toBeNull();
  });

  it('keeps the leads open after fewer wrong tries than that, or a right PIN between them', async () => {
    const { guard } = await guardAt();
    for (let round = 0; round < 3; round++) {
      await guard.unlock('123456');
      await guard.unlock('123456');
      await guard.unlock(DEFAULT_PIN);
    }
    expect(guard.leadsRetryAfterMs()).toBeNull();
  });

  it('keeps the count of wrong tries across a restart', async () => {
    const first = await guardAt();
    for (let i = 0; i < 3; i++) await first.guard.unlock('123456');
    const guard = createPinGuard(await openSettingsStore(first.folder), { now: () => first.clock.t, scrypt: FAST });
    await expect(guard.unlock('123456')).resolves.toEqual({ status: 'wrong', triesLeft: 1 });
  });

  it('counts simultaneous tries one by one, so a burst cannot get more than five', async () => {
    const { guard } = await guardAt();
    const results = await Promise.all(Array.from({ length: 8 }, () => guard.unlock('123456')));
    expect(results.map((r) => r.status)).toEqual([
      'wrong',
      'wrong',
      'wrong',
      'wrong',
      'locked',
      'locked',
      'locked',
      'locked',
    ]);
  });
});

describe('createAdminSession', () => {
  it('is locked until opened, and locks again on lock()', () => {
    const session = createAdminSession({ now: () => 0 });
    expect(session.touch()).toBeNull();
    session.open('full');
    expect(session.isOpen()).toBe(true);
    session.lock();
    expect(session.touch()).toBeNull();
  });

  it('closes after the idle time without a call, and each call restarts that time', () => {
    const clock = { t: 0 };
    const session = createAdminSession({ idleMs: 1000, now: () => clock.t });
    session.open('full');
    clock.t = 900;
    expect(session.touch()).toBe('full');
    clock.t = 1800;
    expect(session.touch()).toBe('full');
    clock.t = 2800;
    expect(session.touch()).toBeNull();
    expect(session.isOpen()).toBe(false);
  });

  it('opened with the first-run PIN allows only the PIN change', () => {
    const session = createAdminSession({ now: () => 0 });
    session.open('change-pin-only');
    expect(session.isOpen()).toBe(false);
    expect(session.touch()).toBe('change-pin-only');
  });
});
