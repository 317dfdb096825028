/** The spreadsheet routes as the page calls them: a sheet read, a file refused with its reason, the mapping remembered. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { studioHarness } from '../support/studio-harness.ts';
import { xlsx } from './sheet-fixtures.ts';

describe('studio/api/sheet', () => {
  it('answers the sheet’s headers and rows', async () => {
    const studio = await studioHarness();
    const raw = await xlsx([
      ['企业名称', '英文名称'],
      ['甲公司', 'Jia Co'],
    ]);
    const answer = await studio.json('POST', `studio/api/sheet?name=${encodeURIComponent('名单.xlsx')}`, {
      raw,
      contentType: 'application/octet-stream',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      file: '名单.xlsx',
      headers: ['企业名称', '英文名称'],
      recognised: ['name.zh-CN', 'name.en'],
      rows: [{ row: 2, cells: ['甲公司', 'Jia Co'] }],
    });
  });

  it('refuses a file that is not a spreadsheet with 422, the studio’s error shape and the reason', async () => {
    const studio = await studioHarness();
    const answer = await studio.json('POST', 'studio/api/sheet?name=a.xls', {
      raw: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('a.xls'),
      sheet: { reason: 'old-xls', file: 'a.xls' },
    });
  });

  it('refuses a file over the size limit with 413, by its declared length', async () => {
    const studio = await studioHarness();
    const response = await studio.call('POST', 'studio/api/sheet?name=big.csv', {
      raw: new Uint8Array(21 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).sheet.reason).toBe('too-large');
  });
});

describe('studio/api/sheet-mapping', () => {
  it('remembers the columns staff mapped, in the data folder, for the next import', async () => {
    const studio = await studioHarness();
    expect((await studio.json('GET', 'studio/api/sheet-mapping')).body).toEqual({ columns: {} });
    await studio.json('PUT', 'studio/api/sheet-mapping', { body: { columns: { 主要产品: 'sector.zh-CN' } } });
    await studio.json('PUT', 'studio/api/sheet-mapping', { body: { columns: { 备注: 'ignore' } } });
    const expected = { columns: { 主要产品: 'sector.zh-CN', 备注: 'ignore' } };
    expect((await studio.json('GET', 'studio/api/sheet-mapping')).body).toEqual(expected);
    expect(JSON.parse(await readFile(path.join(studio.dataDir, 'studio', 'sheet-mapping.json'), 'utf8'))).toEqual(
      expected,
    );
    expect(
      (await studio.json('PUT', 'studio/api/sheet-mapping', { body: { columns: { x: 'no-such-field' } } })).status,
    ).toBe(400);
  });
});
