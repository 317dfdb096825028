/** The logs channels without a transport: `logs:report` (checked, capped, rate-limited) and the Logs tab's two. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PageErrorReport } from '../../../../main/contract/ipc.ts';
import { createLogsService, REPORT_LIMITS, REPORTS_PER_MINUTE } from '../../../../main/core/services/logs-service.ts';
import { AdminLockedError, InvalidArgumentError } from '../../../../main/core/services/service-checks.ts';
import { tempFolder } from '../../support/temp-folder.ts';

async function setup(options: { admin?: boolean; exportTo?: string | undefined } = {}) {
  const logFolder = await tempFolder();
  const clock = { t: 0 };
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const service = createLogsService({
    logFolder,
    chooseExportFolder: async () => ('exportTo' in options ? options.exportTo : logFolder),
    requireAdmin: () => {
      if (options.admin === false) throw new AdminLockedError();
    },
    log,
    now: () => clock.t,
  });
  return { service, log, clock, logFolder };
}

const REPORT: PageErrorReport = { kind: 'error', message: 'TypeError: x is undefined', screen: 'enterprise:xcmg' };

describe('logs:report', () => {
  it('writes the error with its kind, screen and stack to the log', async () => {
    const { service, log } = await setup({ admin: false });
    await service['logs:report']({ ...REPORT, stack: 'TypeError: x\n    at a (app.js:1:2)' });
    expect(log.error).toHaveBeenCalledExactlyOnceWith(
      '[page] error on screen "enterprise:xcmg": TypeError: x is undefined\n  TypeError: x\n      at a (app.js:1:2)',
    );
    // The message is not repeated when the stack begins with it.
    await service['logs:report']({ ...REPORT, stack: `${REPORT.message}\n    at b (app.js:3:4)` });
    expect(log.error).toHaveBeenLastCalledWith(
      '[page] error on screen "enterprise:xcmg": TypeError: x is undefined\n      at b (app.js:3:4)',
    );
  });

  it('refuses what a well-behaved page never sends: unknown kinds, extra fields, text over the caps', async () => {
    const { service, log } = await setup();
    const bad: unknown[] = [
      { ...REPORT, kind: 'warning' },
      { ...REPORT, admin: true },
      { ...REPORT, message: 'x'.repeat(REPORT_LIMITS.message + 1) },
      { ...REPORT, stack: 'x'.repeat(REPORT_LIMITS.stack + 1) },
      { ...REPORT, screen: 's'.repeat(REPORT_LIMITS.screen + 1) },
      { kind: 'error', message: 'no screen' },
      'just a string',
    ];
    for (const report of bad) {
      expect(() => service['logs:report'](report as PageErrorReport), JSON.stringify(report).slice(0, 60)).toThrow(
        InvalidArgumentError,
      );
    }
    expect(log.error).not.toHaveBeenCalled();
  });

  it('lets a burst through only up to the rate limit, then says how many were dropped', async () => {
    const { service, log, clock } = await setup();
    for (let i = 0; i < REPORTS_PER_MINUTE + 25; i++) await service['logs:report']({ ...REPORT, message: `n${i}` });
    expect(log.error).toHaveBeenCalledTimes(REPORTS_PER_MINUTE);
    clock.t += 60_000;
    await service['logs:report'](REPORT);
    expect(log.warn).toHaveBeenCalledExactlyOnceWith('[page] 25 error report(s) dropped (rate limit)');
    expect(log.error).toHaveBeenCalledTimes(REPORTS_PER_MINUTE + 1);
  });
});

describe('logs:tail and logs:export', () => {
  it('need an admin session', async () => {
    const { service } = await setup({ admin: false });
    await expect(async () => service['logs:tail']({ level: 'info', limit: 10 })).rejects.toThrow(AdminLockedError);
    await expect(async () => service['logs:export']()).rejects.toThrow(AdminLockedError);
  });

  it('tail reads the last entries at a level, and checks its query', async () => {
    const { service, logFolder } = await setup();
    await writeFile(
      path.join(logFolder, 'kiosk.log'),
      '[2026-12-05T00:00:01.000Z] INFO a\n[2026-12-05T00:00:02.000Z] ERROR b\n[2026-12-05T00:00:03.000Z] WARN c\n',
    );
    expect(await service['logs:tail']({ level: 'warn', limit: 500 })).toEqual({
      folder: logFolder,
      entries: [
        { time: '2026-12-05T00:00:02.000Z', level: 'error', text: 'b' },
        { time: '2026-12-05T00:00:03.000Z', level: 'warn', text: 'c' },
      ],
    });
    await expect(async () => service['logs:tail']({ level: 'debug' as 'info', limit: 5 })).rejects.toThrow(
      InvalidArgumentError,
    );
    await expect(async () => service['logs:tail']({ level: 'info', limit: 1e9 })).rejects.toThrow(InvalidArgumentError);
  });

  it('export answers cancelled when staff cancel the dialog', async () => {
    const { service } = await setup({ exportTo: undefined });
    expect(await service['logs:export']()).toEqual({ status: 'cancelled' });
  });
});
