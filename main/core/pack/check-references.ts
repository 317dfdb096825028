/**
 * What the schema cannot check on its own: ids unique within each list, every reference to an id
 * pointing at something that exists, every figure naming a known source, every media file present
 * inside the pack folder.
 */
import { checkMediaContent } from './media-content.ts';
import type { MediaSource } from './media-source.ts';
import { formatPath, type PackIssue } from './pack-issue.ts';
import type { Figure, FigureRef, Pack } from './schema.ts';

type Path = PropertyKey[];

export async function checkPackReferences(pack: Pack, media: MediaSource, file: string): Promise<PackIssue[]> {
  const issues: PackIssue[] = [];
  const error = (at: Path, message: string): void => {
    issues.push({ severity: 'error', file, path: formatPath(at), message });
  };

  const idSet = <T extends { id: string }>(list: T[], name: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) error([name, i, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const ids = {
    source: idSet(pack.sources, 'sources'),
    tier: idSet(pack.clusterTiers, 'clusterTiers'),
    cluster: idSet(pack.clusters, 'clusters'),
    future: idSet(pack.futureIndustries, 'futureIndustries'),
    district: idSet(pack.districts, 'districts'),
    park: idSet(pack.parks, 'parks'),
    enterprise: idSet(pack.enterprises, 'enterprises'),
  };
  const known = (set: Set<string>, value: string | undefined, at: Path, what: string): void => {
    if (value !== undefined && !set.has(value)) error(at, `unknown ${what} "${value}"`);
  };

  if (!pack.pack.languages.includes(pack.pack.defaultLanguage)) {
    error(['pack', 'defaultLanguage'], `expected one of the pack's languages (${pack.pack.languages.join(', ')})`);
  }

  const figures = (list: Figure[], at: Path): void =>
    list.forEach((figure, i) => known(ids.source, figure.source, [...at, i, 'source'], 'source'));

  figures(pack.city.headlineFigures, ['city', 'headlineFigures']);
  pack.clusters.forEach((cluster, c) => {
    known(ids.tier, cluster.tier, ['clusters', c, 'tier'], 'cluster tier');
    figures(cluster.figures, ['clusters', c, 'figures']);
    cluster.chain?.links.forEach((link, l) => {
      link.enterprises.forEach((e, k) =>
        known(ids.enterprise, e, ['clusters', c, 'chain', 'links', l, 'enterprises', k], 'enterprise'),
      );
      known(ids.source, link.target?.source, ['clusters', c, 'chain', 'links', l, 'target', 'source'], 'source');
    });
  });
  pack.parks.forEach((park, p) => {
    known(ids.district, park.district, ['parks', p, 'district'], 'district');
    known(ids.source, park.location?.source, ['parks', p, 'location', 'source'], 'source');
  });
  pack.enterprises.forEach((enterprise, e) => {
    const at: Path = ['enterprises', e];
    enterprise.clusters.forEach((c, k) => known(ids.cluster, c, [...at, 'clusters', k], 'cluster'));
    enterprise.futureIndustries.forEach((f, k) =>
      known(ids.future, f, [...at, 'futureIndustries', k], 'future industry'),
    );
    known(ids.district, enterprise.district, [...at, 'district'], 'district');
    known(ids.park, enterprise.park, [...at, 'park'], 'park');
    known(ids.source, enterprise.location?.source, [...at, 'location', 'source'], 'source');
    figures(enterprise.figures, [...at, 'figures']);
  });

  if (pack.map) checkMap(pack, ids, error, known);

  const checked = new Map<string, Promise<string | undefined>>();
  const problems = await Promise.all(
    listMediaReferences(pack).map(async ({ at, file: named }) => {
      // A large pack names the same few files many times: ask the disk once per distinct path.
      let check = checked.get(named);
      if (!check) checked.set(named, (check = mediaProblem(media, named)));
      const problem = await check;
      return problem ? { at, problem } : undefined;
    }),
  );
  for (const entry of problems) if (entry) error(entry.at, entry.problem);
  return issues;
}

/** Why a media file the pack names cannot be shown: missing, or not what its name says. */
async function mediaProblem(media: MediaSource, named: string): Promise<string | undefined> {
  const found = await media.find(named);
  if (!found.ok) return `media file "${named}" not found in the pack folder`;
  return checkMediaContent(found.absolute, named, found.size);
}

/** The map section: districts drawn once each and known, figure references that resolve. */
function checkMap(
  pack: Pack,
  ids: { district: Set<string>; enterprise: Set<string> },
  error: (at: Path, message: string) => void,
  known: (set: Set<string>, value: string | undefined, at: Path, what: string) => void,
): void {
  const map = pack.map!;
  const drawn = new Set<string>();
  map.districts.forEach((shape, d) => {
    const at: Path = ['map', 'districts', d, 'district'];
    known(ids.district, shape.district, at, 'district');
    if (drawn.has(shape.district)) error(at, `district "${shape.district}" drawn twice`);
    drawn.add(shape.district);
  });
  const figureRef = (ref: FigureRef | undefined, at: Path): void => {
    if (!ref) return;
    const enterprise = pack.enterprises.find((e) => e.id === ref.enterprise);
    if (!enterprise) known(ids.enterprise, ref.enterprise, [...at, 'enterprise'], 'enterprise');
    else if (!enterprise.figures[ref.figure]) {
      error([...at, 'figure'], `enterprise "${ref.enterprise}" has no figure ${ref.figure}`);
    }
  };
  const world = map.world;
  if (!world) return;
  known(ids.enterprise, world.enterprise, ['map', 'world', 'enterprise'], 'enterprise');
  world.figures.forEach((ref, f) => figureRef(ref, ['map', 'world', 'figures', f]));
  const reachIds = new Set<string>();
  world.reach.forEach((point, r) => {
    if (reachIds.has(point.id)) error(['map', 'world', 'reach', r, 'id'], `duplicate id "${point.id}"`);
    reachIds.add(point.id);
    figureRef(point.figure, ['map', 'world', 'reach', r, 'figure']);
  });
}

/** Every media path the pack names, with where it is named. */
export function listMediaReferences(pack: Pack): Array<{ at: Path; file: string }> {
  const refs: Array<{ at: Path; file: string }> = [];
  const add = (file: string | undefined, at: Path): void => {
    if (file !== undefined) refs.push({ at, file });
  };
  add(pack.city.image, ['city', 'image']);
  add(pack.city.video?.file, ['city', 'video', 'file']);
  add(pack.city.video?.poster, ['city', 'video', 'poster']);
  pack.enterprises.forEach((enterprise, e) => {
    const at: Path = ['enterprises', e];
    add(enterprise.logo, [...at, 'logo']);
    enterprise.media.images.forEach((image, i) => {
      add(image.file, [...at, 'media', 'images', i, 'file']);
      add(image.small, [...at, 'media', 'images', i, 'small']);
    });
    add(enterprise.media.video?.file, [...at, 'media', 'video', 'file']);
    add(enterprise.media.video?.poster, [...at, 'media', 'video', 'poster']);
  });
  return refs;
}
