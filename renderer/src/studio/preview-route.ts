/**
 * Which kiosk screen the preview shows for what staff are editing: an enterprise → its profile, a
 * cluster → its chain, the city → the home screen; the route shape is the kiosk's own (store.tsx).
 */
import type { PreviewMessage } from '../../../main/contract/studio';
import type { Path } from './pack-path';

type PreviewRoute = NonNullable<PreviewMessage['route']>;

const idAt = (pack: unknown, section: string, index: unknown): string | undefined => {
  const list = (pack as Record<string, unknown> | null)?.[section];
  const item = Array.isArray(list) && typeof index === 'number' ? (list[index] as { id?: unknown }) : undefined;
  return typeof item?.id === 'string' && item.id ? item.id : undefined;
};

export function previewRoute(pack: unknown, path: Path): PreviewRoute {
  const [section, index] = path;
  switch (section) {
    case 'enterprises': {
      const id = idAt(pack, 'enterprises', index);
      return id ? { name: 'enterprise', id } : { name: 'enterprises' };
    }
    case 'clusters': {
      const id = idAt(pack, 'clusters', index);
      return id ? { name: 'cluster', id } : { name: 'clusters' };
    }
    case 'clusterTiers':
      return { name: 'clusters' };
    case 'futureIndustries':
    case 'futurePlan':
      return { name: 'future' };
    case 'districts':
    case 'parks':
    case 'map':
      return { name: 'map' };
    case 'contact':
      return { name: 'contact' };
    case 'pack':
      return { name: 'attract' };
    default:
      // The city, its figures and the sources: the home screen, where they show.
      return { name: 'home' };
  }
}
