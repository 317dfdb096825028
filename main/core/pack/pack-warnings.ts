/**
 * What a pack may get away with but should not: things that do not stop the kiosk from showing it,
 * yet look poor on a 4K screen at a fair, or slow it down, or leave visitors without a language.
 * Warnings never change whether a pack loads.
 */
import path from 'node:path';
import { listMediaReferences } from './check-references.ts';
import { readImageDimensions } from './image-dimensions.ts';
import type { MediaSource } from './media-source.ts';
import { formatPath, type PackIssue } from './pack-issue.ts';
import { REQUIRED_LANGUAGES, type Pack } from './schema.ts';
import { SMALL_SIDE_PX } from '../../contract/studio-photos.ts';

const MB = 1024 * 1024;
/** Largest image a pack should carry: a 4K photo compresses well below this. */
export const IMAGE_BUDGET_BYTES = 3 * MB;
/** Largest video a pack should carry: a short loop, not a documentary. */
export const VIDEO_BUDGET_BYTES = 40 * MB;
/** Largest small rendition (a picture's `small`): cards and thumbnails draw many of them at once. */
export const SMALL_IMAGE_BUDGET_BYTES = 300 * 1024;
/** A gallery image whose longer side is shorter than this is blurred when shown full screen on 4K. */
export const MIN_GALLERY_LONG_SIDE_PX = 1920;

export const IMAGE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;
export const VIDEO_EXTENSIONS = ['webm', 'mp4'] as const;
const RASTER_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'webp']);

type Path = PropertyKey[];

/** Every warning for a pack that passed the schema; media that is missing is skipped (an error elsewhere). */
export async function collectPackWarnings(pack: Pack, media: MediaSource, file: string): Promise<PackIssue[]> {
  const warnings: PackIssue[] = [];
  const warn = (at: Path | string, message: string, inFile = file): void => {
    warnings.push({ severity: 'warning', file: inFile, path: typeof at === 'string' ? at : formatPath(at), message });
  };

  const missing = missingTranslations(pack);
  for (const language of new Set(missing.map((m) => m.language))) {
    const count = missing.filter((m) => m.language === language).length;
    warn(
      ['pack', 'languages'],
      `${count} text(s) lack ${language}, which the pack lists; visitors who choose ${language} read them in English (each is named below)`,
    );
  }
  for (const { at, language } of missing) warn(at, `missing ${language} translation (English is shown instead)`);

  for (const { at, message } of provenanceNotes(pack)) warn(at, message);

  pack.enterprises.forEach((enterprise, e) => {
    if (enterprise.media.images.length === 0 && enterprise.logo === undefined) {
      warn(['enterprises', e, 'media', 'images'], `enterprise "${enterprise.id}" has no image`);
    }
  });

  const references = listMediaReferences(pack);
  const checked = new Set<string>();
  for (const { at, file: named } of references) {
    // One file named in several places is measured once, and reported where it is first named.
    if (checked.has(named)) continue;
    checked.add(named);
    const found = await media.find(named);
    if (!found.ok) continue;
    const extension = extensionOf(named);
    const isVideo = (VIDEO_EXTENSIONS as readonly string[]).includes(extension);
    const budget = isVideo ? VIDEO_BUDGET_BYTES : IMAGE_BUDGET_BYTES;
    if (found.size > budget) {
      warn(
        at,
        `media file "${named}" is ${megabytes(found.size)}; the budget for ${isVideo ? 'videos' : 'images'} is ${megabytes(budget)}`,
      );
    }
  }

  for (const { at, file: small } of smallRenditions(pack)) {
    const found = await media.find(small);
    if (found.ok && found.size > SMALL_IMAGE_BUDGET_BYTES) {
      warn(
        at,
        `small rendition "${small}" is ${Math.round(found.size / 1024)} KB; cards draw many at once, keep it under ${SMALL_IMAGE_BUDGET_BYTES / 1024} KB (about ${SMALL_SIDE_PX} px)`,
      );
    }
  }

  for (const { at, file: image } of galleryImages(pack)) {
    if (!RASTER_EXTENSIONS.has(extensionOf(image))) continue;
    const found = await media.find(image);
    if (!found.ok) continue;
    const size = await readImageDimensions(found.absolute);
    if (!size) {
      warn(at, `image "${image}" has no readable PNG, JPEG or WebP header`);
    } else if (Math.max(size.width, size.height) < MIN_GALLERY_LONG_SIDE_PX) {
      warn(
        at,
        `image "${image}" is ${size.width}×${size.height}; a 4K screen needs a longer side of at least ${MIN_GALLERY_LONG_SIDE_PX} px`,
      );
    }
  }

  const referenced = new Set(references.map((r) => r.file));
  for (const present of await media.list()) {
    if (!referenced.has(present)) warn('', 'media file not referenced by the pack (remove it or use it)', present);
  }
  return warnings;
}

/** Every localized text lacking one of the pack's extra languages (beyond zh-CN and en). */
function missingTranslations(pack: Pack): Array<{ at: Path; language: string }> {
  const extra = pack.pack.languages.filter((l) => !(REQUIRED_LANGUAGES as readonly string[]).includes(l));
  const found: Array<{ at: Path; language: string }> = [];
  if (extra.length === 0) return found;
  const visit = (value: unknown, at: Path): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...at, i]));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // A localized text is the only object with zh-CN and en strings; the schema guarantees both.
      if (typeof record['zh-CN'] === 'string' && typeof record.en === 'string') {
        for (const language of extra) if (typeof record[language] !== 'string') found.push({ at, language });
        return;
      }
      for (const [key, child] of Object.entries(record)) visit(child, [...at, key]);
    }
  };
  // `pack.title` is metadata for staff, yet visitors see it too: it is checked like the rest.
  visit(pack, []);
  return found;
}

function galleryImages(pack: Pack): Array<{ at: Path; file: string }> {
  return pack.enterprises.flatMap((enterprise, e) =>
    enterprise.media.images.map((image, i) => ({
      at: ['enterprises', e, 'media', 'images', i, 'file'],
      file: image.file,
    })),
  );
}

function smallRenditions(pack: Pack): Array<{ at: Path; file: string }> {
  return pack.enterprises.flatMap((enterprise, e) =>
    enterprise.media.images.flatMap((image, i) =>
      image.small === undefined ? [] : [{ at: ['enterprises', e, 'media', 'images', i, 'small'], file: image.small }],
    ),
  );
}

function extensionOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * What visitors are never told but editors should know: chains that are outlines, map positions
 * that are approximate or name no source, enterprises the map cannot place. Shown by `pack:check`
 * and the admin self-test.
 */
export function provenanceNotes(pack: Pack): Array<{ at: Path; message: string }> {
  const notes: Array<{ at: Path; message: string }> = [];
  const where = (point: { approximate: boolean; source?: string } | undefined, at: Path, what: string) => {
    if (!point) return;
    if (!point.source) notes.push({ at: [...at, 'source'], message: `the position of ${what} names no source` });
    else if (point.approximate) notes.push({ at, message: `the position of ${what} is approximate (${point.source})` });
  };
  pack.clusters.forEach((cluster, c) => {
    if (cluster.chain?.illustrative) {
      notes.push({
        at: ['clusters', c, 'chain', 'illustrative'],
        message: `the chain of cluster "${cluster.id}" is an outline that no source gives`,
      });
    }
  });
  pack.parks.forEach((park, p) => where(park.location, ['parks', p, 'location'], `park "${park.id}"`));
  const parks = new Map(pack.parks.map((p) => [p.id, p]));
  pack.enterprises.forEach((enterprise, e) => {
    where(enterprise.location, ['enterprises', e, 'location'], `enterprise "${enterprise.id}"`);
    const park = enterprise.park ? parks.get(enterprise.park) : undefined;
    if (!enterprise.location && !enterprise.district && !park?.location && !park?.district) {
      notes.push({
        at: ['enterprises', e],
        message: `enterprise "${enterprise.id}" has no district, park position or location: the map lists it beside the map`,
      });
    }
  });
  return notes;
}
