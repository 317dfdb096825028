/**
 * An imported boundary file, matched to the pack's districts and applied to a pack object: the
 * matching staff see in the preview, and the pack the accepted import makes (the map's city part
 * and any new districts) in one step. Pure (no Node): the studio page and the Xuzhou script use it.
 */
import { pinyin } from 'pinyin-pro';
import type { BoundaryPreview, MapXY } from '../../../../contract/studio-boundary.ts';

export interface PackDistrictLike {
  id: string;
  code?: string;
  name?: Record<string, string>;
}

export type DistrictMatch =
  | { index: number; kind: 'code' | 'name'; district: string }
  | { index: number; kind: 'new'; district: string; name: string; code?: string };

export interface BoundaryMatching {
  /** One per district of the file, in its order. */
  districts: DistrictMatch[];
  /** Districts of the pack that no shape of the file matched (the kiosk would draw them nowhere). */
  unmatched: string[];
}

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A name without its kind: 玄武区 → 玄武, "Xuanwu District" → xuanwu. */
function bareName(s: string): string {
  const n = normalise(s).replace(/(district|county|city)$/, '');
  return n.length > 2 ? n.replace(/[区县市旗]$/, '') : n;
}

/** The id a new district gets: the pinyin of its name without its kind, unique in the pack. */
export function districtId(name: string, taken: Set<string>): string {
  const bare = bareName(name) || 'district';
  const latin = pinyin(bare, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = /^[a-z0-9]/.test(latin) ? latin : `district-${latin}`.replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * By code, else by name in any language of the pack (with or without 区/县/市) unless both have
 * codes that differ, else new.
 */
export function matchDistricts(
  file: Pick<BoundaryPreview['districts'][number], 'name' | 'code'>[],
  pack: PackDistrictLike[],
): BoundaryMatching {
  const used = new Set<string>();
  const taken = new Set(pack.map((d) => d.id));
  const byCode = new Map(pack.filter((d) => d.code).map((d) => [d.code!, d.id]));
  const codeOf = new Map(pack.map((d) => [d.id, d.code]));
  const byName = new Map<string, string>();
  for (const d of pack) {
    for (const text of Object.values(d.name ?? {})) {
      if (typeof text !== 'string' || !text.trim()) continue;
      byName.set(normalise(text), d.id);
      byName.set(bareName(text), d.id);
    }
  }
  const districts = file.map((f, index): DistrictMatch => {
    const code = byCode.get(f.code);
    if (code && !used.has(code)) {
      used.add(code);
      return { index, kind: 'code', district: code };
    }
    const named = f.name ? (byName.get(normalise(f.name)) ?? byName.get(bareName(f.name))) : undefined;
    // Same name, another code: another city's district of that name (every city has a 鼓楼区).
    const otherCode =
      named !== undefined && /^\d{6}$/.test(f.code) && codeOf.get(named) && codeOf.get(named) !== f.code;
    if (named && !used.has(named) && !otherCode) {
      used.add(named);
      return { index, kind: 'name', district: named };
    }
    const name = f.name || f.code || `#${index + 1}`;
    return {
      index,
      kind: 'new',
      district: districtId(name, taken),
      name,
      ...(/^\d{6}$/.test(f.code) ? { code: f.code } : {}),
    };
  });
  return { districts, unmatched: pack.map((d) => d.id).filter((id) => !used.has(id)) };
}

type Kind = 'district' | 'county' | 'county-level-city';

function kindOf(name: string): Kind {
  if (/县$|旗$/.test(name)) return 'county';
  if (/市$/.test(name)) return 'county-level-city';
  return 'district';
}

const EN_KIND: Record<Kind, string> = { district: 'District', county: 'County', 'county-level-city': '' };

/** A new district from the file's name: Chinese as written, English from its pinyin and kind. */
export function newDistrict(match: Extract<DistrictMatch, { kind: 'new' }>) {
  const kind = kindOf(match.name);
  const bare = bareName(match.name);
  const latin = pinyin(bare, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  const en = latin
    ? `${latin[0]!.toUpperCase()}${latin.slice(1)}${EN_KIND[kind] ? ` ${EN_KIND[kind]}` : ''}`
    : match.name;
  return {
    id: match.district,
    ...(match.code ? { code: match.code } : {}),
    name: { 'zh-CN': match.name, en },
    kind,
  };
}

export interface CityMapPart {
  viewBox: MapXY;
  districts: { district: string; path: string; labelAt: MapXY }[];
  outline: string;
}

/** The map's city part: one shape per district of the file, named by its matched or new id. */
export function cityMapOf(
  preview: Pick<BoundaryPreview, 'viewBox' | 'districts' | 'outline'>,
  matching: BoundaryMatching,
): CityMapPart {
  return {
    viewBox: preview.viewBox,
    districts: matching.districts.map((m) => ({
      district: m.district,
      path: preview.districts[m.index]!.path,
      labelAt: preview.districts[m.index]!.labelAt,
    })),
    outline: preview.outline,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The pack with the import applied: `map`'s city part replaced (its world view and anything else
 * kept; the attribution given, else kept), and the new districts appended to `districts`.
 */
export function applyBoundary(
  pack: unknown,
  preview: Pick<BoundaryPreview, 'viewBox' | 'districts' | 'outline'>,
  matching: BoundaryMatching,
  attribution?: Record<string, string>,
): Record<string, unknown> {
  const base = isRecord(pack) ? pack : {};
  const map = isRecord(base.map) ? base.map : {};
  const districts = Array.isArray(base.districts) ? base.districts : [];
  const added = matching.districts.filter((m) => m.kind === 'new').map(newDistrict);
  return {
    ...base,
    districts: [...districts, ...added],
    map: {
      ...map,
      ...cityMapOf(preview, matching),
      ...(attribution ? { attribution } : {}),
    },
  };
}
