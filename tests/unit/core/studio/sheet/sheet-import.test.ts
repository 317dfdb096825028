/**
 * Enterprises from a spreadsheet, read by the server and planned as the page does: whole sheets
 * with Chinese and English headers, a GBK CSV, and the bad rows and files a bureau sends.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Enterprise, Pack } from '../../../../../main/core/pack/schema.ts';
import { parseSheet } from '../../../../../main/core/studio/import/sheet/parse-sheet.ts';
import { SheetRefused } from '../../../../../main/core/studio/import/sheet/sheet-refused.ts';
import { enterpriseType, importSheet, xlsx, xuzhou, type Cell } from './sheet-fixtures.ts';
import { sheetHeaders, sheetRow } from '../../../../../harness/enterprise-sheet.ts';
import { planImport } from '../../../../../renderer/src/studio/import/sheet/plan-import.ts';
import { initialMapping, mappingToRemember } from '../../../../../renderer/src/studio/import/sheet/column-mapping.ts';

// The plan's enterprises are pack JSON the assertions read into.
/* eslint-disable @typescript-eslint/no-explicit-any */

const ZH_HEADERS = sheetHeaders();
const EN_HEADERS = [
  'Name',
  'Chinese name',
  'Cluster',
  'District',
  'Park',
  'Sector',
  '行业',
  'Summary',
  '简介',
  'Figure',
  '指标',
  'Value',
  'Unit',
  'Year',
  'Source',
  'Website',
];

function zhRow(n: number): Cell[] {
  return sheetRow({
    name: `测试企业${n}有限公司`,
    nameEn: `Test Enterprise ${n} Co., Ltd.`,
    cluster: n % 2 ? '工程机械' : '数字经济',
    district: '鼓楼区',
    park: '徐州经济技术开发区',
    sector: `行业${n}`,
    sectorEn: `Sector ${n}`,
    summary: `简介${n}`,
    summaryEn: `Summary ${n}`,
    figure: '营业收入',
    figureEn: 'Revenue',
    value: n,
    unit: '亿元',
    year: 2024,
    source: 'modern-express-2025',
    website: `www.test${n}.example.cn`,
  });
}
function enRow(n: number): Cell[] {
  return [
    `Sample Works ${n}`,
    `样例工厂${n}`,
    n % 2 ? 'Construction machinery' : 'Digital economy',
    'Yunlong District',
    '',
    `Sector ${n}`,
    `行业${n}`,
    `Summary ${n}`,
    `简介${n}`,
    'Staff',
    '员工',
    100 + n,
    'count',
    2023,
    'modern-express-2025',
    `https://sample${n}.example.com`,
  ];
}

describe('a sheet of 30 enterprises', () => {
  it('with Chinese headers (under a title line merged across the table): all 30 are added, valid, in zh-CN and en only', async () => {
    const bytes = await xlsx(
      [['徐州市重点企业名单'], ZH_HEADERS, ...Array.from({ length: 30 }, (_, i) => zhRow(i + 1))],
      (s) => s.mergeCells('A1:P1'),
    );
    const pack = xuzhou();
    const { sheet, plan } = await importSheet(bytes, '企业名单.xlsx', pack);
    expect(sheet.headerRow).toBe(2);
    expect(sheet.recognised.every((r) => r !== null)).toBe(true);
    expect(plan.counts).toEqual({ add: 30, update: 0, unchanged: 0, refused: 0 });
    const added = plan.enterprises.slice(pack.enterprises.length) as Record<string, any>[];
    expect(added).toHaveLength(30);
    const first = added[0]!;
    expect(first).toMatchObject({
      id: 'test-enterprise-1',
      name: { 'zh-CN': '测试企业1有限公司', en: 'Test Enterprise 1 Co., Ltd.' },
      clusters: ['construction-machinery'],
      district: 'gulou',
      park: 'xzetdz',
      website: 'https://www.test1.example.cn',
      figures: [
        {
          label: { 'zh-CN': '营业收入', en: 'Revenue' },
          value: 1e8,
          unit: 'yuan',
          year: 2024,
          source: 'modern-express-2025',
          qualifier: 'exact',
        },
      ],
    });
    expect(Object.keys(first.name)).toEqual(['zh-CN', 'en']);
    expect(new Set(added.map((e) => e.id)).size).toBe(30);
    for (const e of added) expect(Enterprise.safeParse(e).success).toBe(true);
    expect(Pack.safeParse({ ...pack, enterprises: plan.enterprises }).success).toBe(true);
  });

  it('with English headers: new ones added, one already in the pack (by its English name) updated, ja kept', async () => {
    const pack = xuzhou();
    const hanyun = pack.enterprises.find((e) => e.id === 'xcmg-hanyun')!;
    const rows = Array.from({ length: 29 }, (_, i) => enRow(i + 1));
    rows.push([
      'XCMG Hanyun Technologies Co., Ltd.',
      '',
      '',
      '',
      '',
      '',
      '',
      'A new English summary.',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    const { plan } = await importSheet(await xlsx([EN_HEADERS, ...rows]), 'companies.xlsx', pack);
    expect(plan.counts).toEqual({ add: 29, update: 1, unchanged: 0, refused: 0 });
    const updated = plan.rows.find((r) => r.kind === 'update')!;
    expect(updated).toMatchObject({ row: 31, id: 'xcmg-hanyun', changed: ['summary'] });
    const after = plan.enterprises.find((e: any) => e.id === 'xcmg-hanyun') as any;
    expect(after.summary).toEqual({ ...(hanyun.summary as object), en: 'A new English summary.' });
    expect(after.summary.ja).toBe((hanyun.summary as any).ja);
    const sample = plan.enterprises.find((e: any) => e.id === 'sample-works-3') as any;
    expect(sample).toMatchObject({
      clusters: ['construction-machinery'],
      district: 'yunlong',
      figures: [{ value: 103, unit: 'count', year: 2023 }],
    });
    expect(Pack.safeParse({ ...pack, enterprises: plan.enterprises }).success).toBe(true);
  });

  it('matched by id before name: an id column updates that enterprise, a new id adds one, a bad id is refused', async () => {
    const rows: Cell[][] = [
      ['id', '企业名称', '网址'],
      ['xcmg-hanyun', '徐工汉云(新名称)', 'www.hanyun.example.cn'],
      ['brand-new', '全新企业', ''],
      ['Bad Id!', '坏标识企业', ''],
    ];
    const { plan } = await importSheet(await xlsx(rows), 'ids.xlsx');
    expect(plan.rows.map((r) => [r.row, r.kind, r.id])).toEqual([
      [2, 'update', 'xcmg-hanyun'],
      [3, 'add', 'brand-new'],
      [4, 'refused', undefined],
    ]);
    expect(plan.rows[2]!.problems).toEqual([{ column: 0, code: 'bad-id', value: 'Bad Id!' }]);
    const hanyun = plan.enterprises.find((e: any) => e.id === 'xcmg-hanyun') as any;
    expect(hanyun.name['zh-CN']).toBe('徐工汉云(新名称)');
    expect(hanyun.name.en).toBe('XCMG Hanyun Technologies Co., Ltd.');
    expect(hanyun.website).toBe('https://www.hanyun.example.cn');
  });

  it('imported twice: the second time every row is unchanged, nothing is added', async () => {
    const bytes = await xlsx([ZH_HEADERS, ...Array.from({ length: 30 }, (_, i) => zhRow(i + 1))]);
    const once = await importSheet(bytes, 'a.xlsx');
    const pack = { ...xuzhou(), enterprises: once.plan.enterprises };
    const twice = await importSheet(bytes, 'a.xlsx', pack);
    expect(twice.plan.counts).toEqual({ add: 0, update: 0, unchanged: 30, refused: 0 });
  });
});

describe('CSV encodings', () => {
  const line = (cells: Cell[]) => cells.map((c) => (String(c).includes(',') ? `"${String(c)}"` : String(c))).join(',');
  const csv = [line(ZH_HEADERS), ...Array.from({ length: 3 }, (_, i) => line(zhRow(i + 1)))].join('\r\n');

  it('a GBK file, as Chinese Excel saves it, reads as Chinese (no mojibake)', async () => {
    const { sheet, plan } = await importSheet(new Uint8Array(iconv.encode(csv, 'gbk')), '企业.csv');
    expect(sheet.encoding).toBe('gb18030');
    expect(sheet.headers[0]).toBe('企业名称');
    expect(plan.counts.add).toBe(3);
    expect((plan.enterprises.at(-1) as any).name['zh-CN']).toBe('测试企业3有限公司');
  });

  it('UTF-8, UTF-8 with a byte-order mark, and UTF-16 with one', async () => {
    const utf8 = await parseSheet(new TextEncoder().encode(csv), 'a.csv');
    expect(utf8.encoding).toBe('utf-8');
    const bom = await parseSheet(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]), 'a.csv');
    expect(bom).toMatchObject({ encoding: 'utf-8', headers: expect.arrayContaining(['企业名称']) });
    expect(bom.headers[0]).toBe('企业名称');
    const utf16 = await parseSheet(new Uint8Array([0xff, 0xfe, ...Buffer.from(csv, 'utf16le')]), 'a.csv');
    expect(utf16.encoding).toBe('utf-16le');
    expect(utf16.rows[2]!.cells[0]).toBe('测试企业3有限公司');
  });
});

describe('a sheet with every kind of bad row', () => {
  it('refuses each bad row with its row and column, and lets the good ones land', async () => {
    const good = zhRow(1);
    const bad = (i: number, value: Cell) => {
      const row = zhRow(100 + i);
      row[i] = value;
      return row;
    };
    const rows: Cell[][] = [
      ZH_HEADERS,
      good, // 2
      bad(0, ''), // 3: no Chinese name …
      bad(2, '太空采矿'), // 4: unknown cluster
      bad(3, '火星区'), // 5: unknown district
      bad(4, '不存在园区'), // 6: unknown park
      bad(11, '很多'), // 7: not a number
      bad(12, '斤'), // 8: unknown unit
      bad(13, 45292), // 9: a date's serial number in the year
      bad(14, '某报纸'), // 10: unknown source
      bad(15, 'not a web address'), // 11
      zhRow(1), // 12: the same enterprise as row 2
      bad(11, ''), // 13: a figure without its value
      zhRow(114), // 14: a formula without a saved result, below
      zhRow(115), // 15: an error value, below
    ];
    rows[2]![1] = ''; // … and no English name: no name at all
    const bytes = await xlsx(rows, (s) => {
      s.getCell('L14').value = { formula: 'L2*2' } as ExcelJS.CellFormulaValue;
      s.getCell('L15').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    });
    const { plan } = await importSheet(bytes, 'bad.xlsx');
    const refused = Object.fromEntries(
      plan.rows
        .filter((r) => r.kind === 'refused')
        .map((r) => [r.row, r.problems.map((p) => `${p.column ?? '-'}:${p.code}`)]),
    );
    expect(plan.rows.find((r) => r.row === 2)!.kind).toBe('add');
    expect(refused).toEqual({
      3: ['0:no-name'],
      4: ['2:unknown-cluster'],
      5: ['3:unknown-district'],
      6: ['4:unknown-park'],
      7: ['11:not-a-number'],
      8: ['12:bad-unit'],
      9: ['13:date-serial'],
      10: ['14:unknown-source'],
      11: ['15:bad-website'],
      12: ['-:duplicate-row'],
      13: ['11:figure-incomplete'],
      14: ['11:formula-without-result'],
      15: ['11:error-value'],
    });
    expect(plan.rows.find((r) => r.row === 12)!.problems[0]!.otherRow).toBe(2);
    expect(plan.rows.find((r) => r.row === 4)!.problems[0]!.value).toBe('太空采矿');
    // Nothing of a refused row reaches the pack.
    expect(plan.enterprises).toHaveLength(xuzhou().enterprises.length + 1);
  });

  it('an unknown cluster is never created', async () => {
    const { plan } = await importSheet(
      await xlsx([ZH_HEADERS, zhRow(1).map((v, i) => (i === 2 ? '工程机械、太空采矿' : v))]),
      'a.xlsx',
    );
    expect(plan.counts.refused).toBe(1);
    expect(plan.enterprises).toHaveLength(xuzhou().enterprises.length);
  });
});

describe('files that are not a readable spreadsheet', () => {
  const refusal = async (bytes: Uint8Array, file: string) => {
    try {
      await parseSheet(bytes, file);
    } catch (error) {
      expect(error).toBeInstanceOf(SheetRefused);
      return { reason: (error as SheetRefused).reason, message: (error as SheetRefused).message };
    }
    throw new Error('not refused');
  };
  const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  it('a password-protected workbook (an encrypted package in a compound file) says so', async () => {
    const bytes = new Uint8Array([
      ...CFB,
      ...new Uint8Array(504),
      ...Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le'),
    ]);
    expect(await refusal(bytes, '名单.xlsx')).toMatchObject({
      reason: 'password',
      message: expect.stringMatching(/^名单\.xlsx: .*password/),
    });
  });

  it('an old .xls asks to save as .xlsx', async () => {
    const bytes = new Uint8Array([...CFB, ...new Uint8Array(504), ...Buffer.from('Workbook', 'utf16le')]);
    expect(await refusal(bytes, 'old.xls')).toMatchObject({
      reason: 'old-xls',
      message: expect.stringContaining('save it as .xlsx'),
    });
  });

  it('a damaged (cut short) workbook', async () => {
    const whole = await xlsx([ZH_HEADERS, zhRow(1)]);
    expect((await refusal(whole.slice(0, Math.floor(whole.length / 2)), 'cut.xlsx')).reason).toBe('damaged');
  });

  it('a picture named .xlsx, a picture named .csv, a zip that is no workbook, an empty file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
      0, 0, 0,
    ]);
    expect((await refusal(png, 'photo.xlsx')).reason).toBe('not-spreadsheet');
    expect((await refusal(png, 'photo.csv')).reason).toBe('not-spreadsheet');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from('hello.txt')]);
    expect((await refusal(zip, 'a.xlsx')).reason).toBe('not-spreadsheet');
    expect((await refusal(new Uint8Array(0), 'a.csv')).reason).toBe('empty');
  });

  it('100,000 rows: refused by the row limit, in an xlsx and in a CSV', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('big');
    sheet.addRow(['企业名称']);
    for (let i = 0; i < 100_000; i++) sheet.addRow([`企业${i}`]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await refusal(bytes, 'big.xlsx')).toMatchObject({
      reason: 'too-many-rows',
      message: expect.stringContaining('100001 rows'),
    });
    const csv = ['企业名称', ...Array.from({ length: 100_000 }, (_, i) => `企业${i}`)].join('\n');
    expect((await refusal(new TextEncoder().encode(csv), 'big.csv')).reason).toBe('too-many-rows');
  });
});

describe('what a workbook holds', () => {
  it('merged cells: a cluster merged down three rows applies to each; a block across columns is a problem of its row', async () => {
    const rows = [ZH_HEADERS, zhRow(1), zhRow(2), zhRow(3), zhRow(4)];
    const bytes = await xlsx(rows, (s) => {
      s.getCell('C2').value = '数字经济';
      s.mergeCells('C2:C4');
      s.mergeCells('H5:I5');
    });
    const { plan } = await importSheet(bytes, 'merged.xlsx');
    const added = plan.enterprises.slice(-3) as any[];
    expect(added.map((e) => e.clusters)).toEqual([['digital-economy'], ['digital-economy'], ['digital-economy']]);
    expect(plan.rows.find((r) => r.row === 5)).toMatchObject({
      kind: 'refused',
      problems: [{ column: 8, code: 'merged-across' }],
    });
  });

  it('a header of two rows, group cells merged over their columns: the columns under a group take the lower row’s header, the others the merged one', async () => {
    const rows: Cell[][] = [
      ['企业名称', '英文名称', '所属集群', '年度数据', null, null, null, null],
      [null, null, null, '指标', '数值', '单位', '年份', '来源'],
      ['双行表头企业', 'Two Row Header Co', '工程机械', '营业收入', 3, '亿元', 2024, 'modern-express-2025'],
    ];
    const bytes = await xlsx(rows, (s) => {
      for (const c of ['A', 'B', 'C']) s.mergeCells(`${c}1:${c}2`);
      s.mergeCells('D1:H1');
    });
    const { sheet, plan } = await importSheet(bytes, 'groups.xlsx');
    expect(sheet.headerRow).toBe(2);
    expect(sheet.headers).toEqual(['企业名称', '英文名称', '所属集群', '指标', '数值', '单位', '年份', '来源']);
    expect(plan.counts).toEqual({ add: 1, update: 0, unchanged: 0, refused: 0 });
    expect(plan.enterprises.at(-1)).toMatchObject({
      name: { 'zh-CN': '双行表头企业', en: 'Two Row Header Co' },
      figures: [{ label: { 'zh-CN': '营业收入' }, value: 3e8, year: 2024 }],
    });
    // Group labels over a one-row header (the usual way): the header row under them is found as before.
    const grouped = await xlsx(
      [
        ['基本信息', null, null],
        ['企业名称', '英文名称', '所属集群'],
        ['分组企业', 'Grouped Co', '工程机械'],
      ],
      (s) => s.mergeCells('A1:C1'),
    );
    const second = await importSheet(grouped, 'grouped.xlsx');
    expect(second.sheet.headerRow).toBe(2);
    expect(second.plan.counts).toMatchObject({ add: 1, refused: 0 });
  });

  it('formulas: the saved result is used', async () => {
    const bytes = await xlsx([ZH_HEADERS, zhRow(1)], (s) => {
      s.getCell('L2').value = { formula: '6*7', result: 42 } as ExcelJS.CellFormulaValue;
      s.getCell('A2').value = { formula: 'CONCAT("公式","企业")', result: '公式企业' } as ExcelJS.CellFormulaValue;
    });
    const { plan } = await importSheet(bytes, 'f.xlsx');
    expect(plan.enterprises.at(-1)).toMatchObject({ name: { 'zh-CN': '公式企业' }, figures: [{ value: 42e8 }] });
  });

  it('a year stored as a date gives its year; a bare serial number is refused', async () => {
    const bytes = await xlsx([ZH_HEADERS, zhRow(1), zhRow(2)], (s) => {
      s.getCell('N2').value = new Date(Date.UTC(2022, 11, 31));
      s.getCell('N2').numFmt = 'yyyy-mm-dd';
      s.getCell('N3').value = 44926;
    });
    const { plan } = await importSheet(bytes, 'dates.xlsx');
    expect(plan.rows[0]).toMatchObject({ kind: 'add' });
    expect((plan.enterprises.at(-1) as any).figures[0].year).toBe(2022);
    expect(plan.rows[1]).toMatchObject({ kind: 'refused', problems: [{ column: 13, code: 'date-serial' }] });
  });

  it('empty rows are skipped; row numbers stay the sheet’s own', async () => {
    const bytes = await xlsx([ZH_HEADERS, zhRow(1), [], ['', '  ', null], zhRow(2)]);
    const { sheet, plan } = await importSheet(bytes, 'gaps.xlsx');
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(plan.rows.map((r) => [r.row, r.kind])).toEqual([
      [2, 'add'],
      [5, 'add'],
    ]);
  });

  it('hidden sheets are never read: the first visible one is, another visible one by name', async () => {
    const bytes = await xlsx([['旧数据'], ['x']], (first, book) => {
      first.state = 'hidden';
      book.addWorksheet('名单').addRows([ZH_HEADERS, zhRow(1)]);
      book.addWorksheet('备注').addRows([EN_HEADERS, enRow(1), enRow(2)]);
      book.addWorksheet('秘密', { state: 'veryHidden' }).addRows([ZH_HEADERS, zhRow(9)]);
    });
    const first = await parseSheet(bytes, 'book.xlsx');
    expect(first).toMatchObject({ sheet: '名单', sheets: ['名单', '备注'] });
    expect(first.rows).toHaveLength(1);
    expect((await parseSheet(bytes, 'book.xlsx', '备注')).rows).toHaveLength(2);
    await expect(parseSheet(bytes, 'book.xlsx', '秘密')).rejects.toMatchObject({ reason: 'no-such-sheet' });
  });
});

describe('columns staff map', () => {
  it('an unknown header is ignored until mapped; the mapping is remembered for the next sheet with that header', async () => {
    const headers = [...ZH_HEADERS.slice(0, 2), '主要产品'];
    const bytes = await xlsx([headers, ['映射企业', 'Mapping Co', '挖掘机']]);
    const sheet = await parseSheet(bytes, 'm.xlsx');
    expect(sheet.recognised).toEqual(['name.zh-CN', 'name.en', null]);
    const mapping = initialMapping(sheet, { columns: {} });
    expect(mapping[2]).toBe('ignore');
    mapping[2] = 'sector.zh-CN';
    const remembered = mappingToRemember(sheet, mapping);
    expect(remembered).toEqual({ columns: { 主要产品: 'sector.zh-CN' } });
    const again = initialMapping(sheet, remembered);
    const plan = planImport(xuzhou(), sheet, again, enterpriseType);
    expect((plan.enterprises.at(-1) as any).sector).toEqual({ 'zh-CN': '挖掘机', en: '' });
  });
});
