/**
 * A starter pack for staff making a new city's pack: valid as it stands, in both languages, with
 * one of everything to copy (a cluster, an enterprise, a sourced figure) and placeholder pictures
 * drawn in code, so the first `pack:check` is green and every later red line is the editor's own.
 */
import { packJsonSchemaText } from './json-schema.ts';
import type { PackInput } from './schema.ts';

/** The JSON Schema copied beside pack.json, so editors autocomplete without a network or this repo. */
export const SCHEMA_FILE_NAME = 'pack.schema.json';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A pack id from a folder name: lower-case letters, digits and dashes, or `my-city`. */
export function packIdFromName(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z0-9]/.test(id) ? id : 'my-city';
}

/** A 16:9 placeholder picture with a label, as SVG text. */
export function placeholderSvg(label: string, hue: number): string {
  const safe = label.replace(/[<>&"]/g, '');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">',
    `<rect width="1920" height="1080" fill="hsl(${hue} 45% 30%)"/>`,
    `<circle cx="1500" cy="300" r="420" fill="hsl(${hue} 55% 45%)" opacity="0.6"/>`,
    `<text x="120" y="940" font-family="sans-serif" font-size="96" fill="#fff">${safe}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/** The starter pack's pack.json content (with `$schema`) and its media files. */
export function scaffoldPack(id: string, today = new Date()): { pack: PackInput; files: Record<string, string> } {
  const pack: PackInput = {
    $schema: `./${SCHEMA_FILE_NAME}`,
    pack: {
      id,
      version: '0.1.0',
      title: t('新城市投资指南', 'New City Investment Guide'),
      languages: ['zh-CN', 'en'],
      defaultLanguage: 'zh-CN',
      updated: today.toISOString().slice(0, 10),
    },
    city: {
      name: t('新城市', 'New City'),
      province: t('某省', 'Some Province'),
      tagline: t('在这里写一句城市标语', 'A one-line city tagline goes here'),
      intro: t(
        '在这里用两三句话介绍城市的产业优势。',
        'Introduce the city’s industrial strengths in two or three sentences.',
      ),
      headlineFigures: [
        {
          label: t('地区生产总值', 'Gross domestic product'),
          value: 500_000_000_000,
          unit: 'yuan',
          qualifier: 'about',
          year: 2024,
          source: 'statistics-bulletin',
        },
      ],
      image: 'media/city/skyline.svg',
    },
    clusterTiers: [
      {
        id: 'leading',
        name: t('主导产业', 'Leading industries'),
        description: t('城市的支柱产业集群', 'The city’s pillar clusters'),
      },
    ],
    clusters: [
      {
        id: 'equipment',
        name: t('高端装备', 'High-end equipment'),
        tier: 'leading',
        summary: t('在这里概述这个产业集群。', 'Summarise this industrial cluster here.'),
        figures: [],
      },
    ],
    districts: [{ id: 'central', name: t('中心区', 'Central District'), kind: 'district' }],
    parks: [
      {
        id: 'hi-tech-zone',
        name: t('高新区', 'Hi-tech Zone'),
        district: 'central',
        summary: t('在这里介绍园区。', 'Describe the park here.'),
      },
    ],
    enterprises: [
      {
        id: 'example-enterprise',
        name: t('示例企业有限公司', 'Example Enterprise Co., Ltd.'),
        shortName: t('示例企业', 'Example'),
        clusters: ['equipment'],
        sector: t('工程机械制造', 'Construction machinery'),
        district: 'central',
        park: 'hi-tech-zone',
        summary: t('在这里用两三句话介绍企业。', 'Introduce the enterprise in two or three sentences.'),
        figures: [
          {
            label: t('员工', 'Employees'),
            value: 1000,
            unit: 'count',
            noun: t('人', 'people'),
            qualifier: 'over',
            year: 2024,
            source: 'statistics-bulletin',
          },
        ],
        highlights: [t('在这里写一个亮点', 'A highlight goes here')],
        media: {
          images: [
            {
              file: 'media/enterprises/example-enterprise/photo-1.svg',
              alt: t('示例企业厂区', 'The Example Enterprise plant'),
              caption: t('厂区(占位图)', 'The plant (placeholder)'),
            },
          ],
        },
        logo: 'media/enterprises/example-enterprise/logo.svg',
      },
    ],
    contact: {
      organisation: t('某市投资促进局', 'Investment Promotion Bureau'),
      phone: '+86 000 0000 0000',
      email: 'invest@example.org',
    },
    sources: [
      {
        id: 'statistics-bulletin',
        title: t('2024年国民经济和社会发展统计公报', '2024 Statistical Bulletin on Economic and Social Development'),
        publisher: t('某市统计局', 'Municipal Bureau of Statistics'),
        year: 2025,
      },
    ],
  };
  const files: Record<string, string> = {
    [SCHEMA_FILE_NAME]: packJsonSchemaText(),
    'media/city/skyline.svg': placeholderSvg('City skyline · 城市天际线', 210),
    'media/enterprises/example-enterprise/photo-1.svg': placeholderSvg('Enterprise photo · 企业照片', 30),
    'media/enterprises/example-enterprise/logo.svg': placeholderSvg('Logo', 120),
  };
  return { pack, files };
}
