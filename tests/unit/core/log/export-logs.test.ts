import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLogsZip } from '../../../../main/core/log/export-logs.ts';
import { readZip } from '../../../fixtures/read-zip.ts';
import { tempFolder } from '../../support/temp-folder.ts';

describe('exportLogsZip', () => {
  it('zips every file of the log folder, sub-folders too, into the target folder', async () => {
    const logs = await tempFolder();
    const target = await tempFolder();
    await writeFile(path.join(logs, 'kiosk.log'), '[2026-12-05T00:00:01.000Z] ERROR boom\n');
    await writeFile(path.join(logs, 'kiosk.1.log'), '[2026-12-04T23:00:00.000Z] INFO older\n');
    await mkdir(path.join(logs, 'extra'));
    await writeFile(path.join(logs, 'extra', 'note.txt'), 'nested');

    const result = await exportLogsZip(logs, target, new Date(2026, 11, 5, 1, 2, 3, 4));
    expect(result.file).toBe('kiosk-logs-2026-12-05_010203-004.zip');
    expect(result.entries).toEqual(['extra/note.txt', 'kiosk.1.log', 'kiosk.log']);
    expect(await readdir(target)).toEqual([result.file]);
    expect(await readZip(path.join(target, result.file))).toEqual({
      'extra/note.txt': 'nested',
      'kiosk.1.log': '[2026-12-04T23:00:00.000Z] INFO older\n',
      'kiosk.log': '[2026-12-05T00:00:01.000Z] ERROR boom\n',
    });
  });

  it('writes an empty zip when there is no log folder yet', async () => {
    const target = await tempFolder();
    const result = await exportLogsZip(path.join(target, 'missing'), target);
    expect(result.entries).toEqual([]);
    expect(await readZip(path.join(target, result.file))).toEqual({});
  });
});
