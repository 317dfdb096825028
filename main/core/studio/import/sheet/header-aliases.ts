/**
 * The headers a bureau's sheet uses for each field, in Chinese and in English. A header is
 * compared without spaces, brackets' units or case ("企业名称（中文）" and "Name (EN)" alike).
 * One field per header; a header found nowhere is left for staff to map.
 */
import type { SheetField } from '../../../../contract/studio-sheet.ts';

export const HEADER_ALIASES: Record<SheetField, readonly string[]> = {
  id: ['id', '编号', '企业编号', '标识', 'enterpriseid', 'companyid'],
  'name.zh-CN': [
    '企业名称',
    '名称',
    '企业',
    '公司名称',
    '单位名称',
    '企业中文名称',
    '中文名称',
    'chinesename',
    'namezh',
    'name(zh)',
    'namecn',
  ],
  'name.en': [
    'name',
    '英文名称',
    '企业英文名称',
    '英文名',
    'englishname',
    'enterprisename',
    'company',
    'companyname',
    'enterprise',
    'nameen',
  ],
  'shortName.zh-CN': ['简称', '企业简称', '中文简称', 'chineseshortname'],
  'shortName.en': ['英文简称', 'shortname', 'englishshortname'],
  'sector.zh-CN': ['行业', '主营业务', '主营', '所属行业', '业务', '经营范围'],
  'sector.en': ['英文行业', '英文主营业务', 'sector', 'industry', 'business', 'mainbusiness'],
  'summary.zh-CN': ['简介', '企业简介', '介绍', '中文简介', '概况'],
  'summary.en': ['英文简介', 'summary', 'description', 'profile', 'introduction', 'englishsummary', 'about'],
  clusters: ['所属集群', '集群', '产业', '所属产业', '产业集群', '产业链', 'cluster', 'clusters', 'industrycluster'],
  district: ['区县', '所在区县', '区', '县区', '所属区县', '行政区', 'district', 'county'],
  park: ['园区', '所在园区', '所属园区', '开发区', 'park', 'industrialpark', 'zone'],
  website: ['网址', '网站', '官网', '主页', 'website', 'web', 'url', 'homepage'],
  'figure.label.zh-CN': ['指标', '指标名称', '数据名称', '数据项', '指标名'],
  'figure.label.en': ['英文指标', '英文指标名称', 'figure', 'figurelabel', 'metric', 'indicator'],
  'figure.value': ['数值', '值', '指标值', '数据', 'value', 'figurevalue', 'amount'],
  'figure.unit': ['单位', 'unit', 'figureunit'],
  'figure.year': ['年份', '年度', '数据年份', '统计年份', 'year', 'figureyear'],
  'figure.source': ['来源', '数据来源', '出处', 'source', 'figuresource'],
  'figure.qualifier': ['限定', '口径', '修饰', 'qualifier'],
};

/** A header as compared: lower-case, without spaces, underscores, dashes, colons and asterisks. */
export const normaliseHeader = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-:*：]/g, '');

const BY_HEADER = new Map<string, SheetField>(
  (Object.entries(HEADER_ALIASES) as [SheetField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((a) => [normaliseHeader(a), field] as const),
  ),
);

export function recogniseHeader(text: string): SheetField | null {
  const key = normaliseHeader(text);
  if (!key) return null;
  return BY_HEADER.get(key) ?? BY_HEADER.get(key.replace(/[(（].*?[)）]/g, '')) ?? null;
}
