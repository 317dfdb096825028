/**
 * Thousands of pins merged into counted clusters that split as the map zooms (supercluster). The
 * map's viewBox is flat: its units are turned into the longitude and latitude whose Web Mercator
 * projection (supercluster's) gives them back, so a cluster's radius is the same in every
 * direction. No DOM, no React: unit-tested in plain Node.
 */
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { PlacedEnterprise } from './pin-placement';
import type { Box, XY } from './zoom';

/** From this many pins on the map, nearby ones merge: below it every pin shows, as it always did. */
export const CLUSTER_FROM = 100;
/** Pins closer than this on screen (CSS px at 1 rem = 16 px) merge. */
const RADIUS_PX = 64;
/** supercluster's tile size, in which the radius is counted. */
const EXTENT = 512;

export interface PinAt {
  p: PlacedEnterprise;
  at: XY;
}

export type MapMarker =
  { kind: 'pin'; pin: PinAt } | { kind: 'cluster'; id: number; count: number; at: XY; district: string };

interface Props {
  index: number;
  district: string;
}

export interface PinClusters {
  /** What to draw at a map scale (1: the whole map) with `pxPerUnit` CSS px per viewBox unit. */
  markers: (scale: number, pxPerUnit: number) => MapMarker[];
  /** The box (viewBox units) of the pins a cluster holds: where to zoom to split it. */
  boxOf: (cluster: number) => Box;
}

export function clusterPins(pins: readonly PinAt[], view: XY): PinClusters {
  const side = Math.max(view[0], view[1]);
  const toLngLat = ([x, y]: XY): [number, number] => {
    const lng = (x / side) * 360 - 180;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / side))) * 180) / Math.PI;
    return [lng, lat];
  };
  const index = new Supercluster<Props, Props>({ radius: RADIUS_PX, extent: EXTENT, maxZoom: 20, minPoints: 2 });
  index.load(
    pins.map((pin, i) => ({
      type: 'Feature' as const,
      properties: { index: i, district: pin.p.district ?? '' },
      geometry: { type: 'Point' as const, coordinates: toLngLat(pin.at) },
    })),
  );
  // A cluster's position: the mean of its pins, in viewBox units (not its projected centre).
  const centreOf = (cluster: number): { at: XY; district: string } => {
    const leaves = index.getLeaves(cluster, Infinity);
    let x = 0;
    let y = 0;
    for (const leaf of leaves) {
      const at = pins[leaf.properties.index]!.at;
      x += at[0];
      y += at[1];
    }
    return { at: [x / leaves.length, y / leaves.length], district: leaves[0]!.properties.district };
  };
  const centres = new Map<number, { at: XY; district: string }>();

  return {
    markers: (scale, pxPerUnit) => {
      // The zoom at which supercluster's tile is as wide as the map's square on screen.
      const zoom = Math.max(0, Math.floor(Math.log2((side * pxPerUnit * scale) / EXTENT)));
      return index.getClusters([-180, -85, 180, 85], zoom).map((feature): MapMarker => {
        const props = feature.properties as Partial<ClusterProperties> & Partial<Props>;
        if (props.cluster && props.cluster_id !== undefined) {
          const id = props.cluster_id;
          let centre = centres.get(id);
          if (!centre) centres.set(id, (centre = centreOf(id)));
          return { kind: 'cluster', id, count: props.point_count ?? 0, ...centre };
        }
        return { kind: 'pin', pin: pins[props.index!]! };
      });
    },
    boxOf: (cluster) => {
      const ats = index.getLeaves(cluster, Infinity).map((leaf) => pins[leaf.properties.index]!.at);
      const xs = ats.map((a) => a[0]);
      const ys = ats.map((a) => a[1]);
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
    },
  };
}

/**
 * Where a district's pins without a location go when there are many: a sunflower spiral around
 * `centre`, `spacing` apart (viewBox units). Near each other, they merge at the overview and part as
 * the map zooms in; the rows used for a few pins would run off the map for a thousand.
 */
export function spiralOffsets(n: number, spacing: number): XY[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: n }, (_, i) => {
    const r = spacing * Math.sqrt(i) * 0.6;
    return [r * Math.cos(i * golden), r * Math.sin(i * golden)] as XY;
  });
}
