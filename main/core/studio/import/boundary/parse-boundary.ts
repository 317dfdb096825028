/**
 * A boundary file (GeoJSON or TopoJSON bytes) read into polygon features, within limits, or refused
 * with a message that says which file, where and what was expected. Coordinates must be longitude and
 * latitude: a file in metres (a projected system) is refused, as d3 would draw nothing sensible.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import {
  FEATURE_ID_KEY,
  MAX_BOUNDARY_BYTES,
  MAX_BOUNDARY_FEATURES,
  MAX_BOUNDARY_VERTICES,
  type BoundaryProperty,
  type BoundaryRefusalReason,
} from '../../../../contract/studio-boundary.ts';

export class BoundaryRefused extends Error {
  constructor(
    readonly reason: BoundaryRefusalReason,
    message: string,
    readonly feature?: number,
    readonly limit?: number,
  ) {
    super(message);
    this.name = 'BoundaryRefused';
  }
}

export type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface ParsedBoundary {
  format: 'geojson' | 'topojson';
  features: AreaFeature[];
  /** Each feature's position in the file (points and lines are left out of `features`). */
  indices: number[];
  vertices: number;
}

export interface BoundaryLimits {
  maxBytes?: number;
  maxFeatures?: number;
  maxVertices?: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the file's bytes; `file` is its name, used in every message. */
export function parseBoundary(file: string, bytes: Uint8Array, limits: BoundaryLimits = {}): ParsedBoundary {
  const maxBytes = limits.maxBytes ?? MAX_BOUNDARY_BYTES;
  const maxFeatures = limits.maxFeatures ?? MAX_BOUNDARY_FEATURES;
  const maxVertices = limits.maxVertices ?? MAX_BOUNDARY_VERTICES;
  if (bytes.byteLength === 0) throw new BoundaryRefused('empty', `${file} is empty`);
  if (bytes.byteLength > maxBytes) {
    throw new BoundaryRefused('too-large', `${file} is over ${maxBytes} bytes`, undefined, maxBytes);
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BoundaryRefused('not-json', `${file} is not JSON (${detail}): expected a GeoJSON or TopoJSON file`);
  }
  if (!isObject(data) || typeof data.type !== 'string') {
    throw new BoundaryRefused('not-boundary', `${file} is JSON but not GeoJSON nor TopoJSON: it has no "type"`);
  }

  let format: ParsedBoundary['format'] = 'geojson';
  let all: Feature[];
  if (data.type === 'Topology') {
    format = 'topojson';
    all = topologyFeatures(file, data, maxVertices);
  } else if (data.type === 'FeatureCollection') {
    if (!Array.isArray(data.features)) {
      throw new BoundaryRefused('not-boundary', `${file}: the FeatureCollection has no "features" list`);
    }
    all = data.features as Feature[];
  } else if (data.type === 'Feature') {
    all = [data as unknown as Feature];
  } else if (data.type === 'Polygon' || data.type === 'MultiPolygon' || data.type === 'GeometryCollection') {
    all = [{ type: 'Feature', properties: {}, geometry: data as unknown as Feature['geometry'] }];
  } else {
    throw new BoundaryRefused(
      'not-boundary',
      `${file} is a "${String(data.type).slice(0, 40)}", not a boundary file: expected a FeatureCollection of the districts' areas (GeoJSON) or a Topology (TopoJSON)`,
    );
  }
  if (all.length > maxFeatures) {
    throw new BoundaryRefused(
      'too-many-features',
      `${file} has ${all.length} features, more than ${maxFeatures}: expected one per district of one city`,
      undefined,
      maxFeatures,
    );
  }

  const features: AreaFeature[] = [];
  const indices: number[] = [];
  let vertices = 0;
  all.forEach((f, index) => {
    if (!isObject(f) || f.type !== 'Feature') {
      throw new BoundaryRefused('not-boundary', `${file}, feature ${index + 1}: not a GeoJSON Feature`, index);
    }
    const geometry = areaGeometry(f.geometry);
    if (!geometry) return; // points and lines (e.g. a capital's marker) are not districts
    vertices += checkCoordinates(file, index, geometry);
    if (vertices > maxVertices) {
      throw new BoundaryRefused(
        'too-many-vertices',
        `${file} has more than ${maxVertices} vertices: simplify it before importing (for example with mapshaper)`,
        undefined,
        maxVertices,
      );
    }
    const properties = isObject(f.properties) ? { ...f.properties } : {};
    if (f.id !== undefined && f.id !== null) properties[FEATURE_ID_KEY] = f.id;
    features.push({ type: 'Feature', properties, geometry });
    indices.push(index);
  });
  if (features.length === 0) {
    throw new BoundaryRefused(
      'no-areas',
      `${file} holds no areas (Polygon or MultiPolygon): expected the districts' boundaries, not points or lines`,
    );
  }
  return { format, features, indices, vertices };
}

function topologyFeatures(file: string, data: Record<string, unknown>, maxVertices: number): Feature[] {
  if (!isObject(data.objects) || !Array.isArray(data.arcs)) {
    throw new BoundaryRefused('not-boundary', `${file}: the Topology has no "objects" or "arcs"`);
  }
  let arcPoints = 0;
  for (const arc of data.arcs) arcPoints += Array.isArray(arc) ? arc.length : 0;
  if (arcPoints > maxVertices) {
    throw new BoundaryRefused(
      'too-many-vertices',
      `${file} has more than ${maxVertices} vertices: simplify it before importing (for example with mapshaper)`,
      undefined,
      maxVertices,
    );
  }
  const topology = data as unknown as Topology;
  const out: Feature[] = [];
  try {
    for (const object of Object.values(topology.objects)) {
      const read = topoFeature(topology, object);
      if (read.type === 'FeatureCollection') out.push(...read.features);
      else out.push(read);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BoundaryRefused('not-boundary', `${file}: the TopoJSON could not be read (${detail})`);
  }
  return out;
}

/** Polygons of a geometry (a GeometryCollection's too), or undefined when it has none. */
function areaGeometry(geometry: unknown): Polygon | MultiPolygon | undefined {
  if (!isObject(geometry)) return undefined;
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates as Position[][] };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates as Position[][][] };
  }
  if (geometry.type === 'GeometryCollection' && Array.isArray(geometry.geometries)) {
    const polygons: Position[][][] = [];
    for (const g of geometry.geometries) {
      const area = areaGeometry(g);
      if (area?.type === 'Polygon') polygons.push(area.coordinates);
      else if (area) polygons.push(...area.coordinates);
    }
    return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : undefined;
  }
  return undefined;
}

/** Counts the vertices; refuses anything but rings of [longitude, latitude] numbers. */
function checkCoordinates(file: string, index: number, geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const where = `${file}, feature ${index + 1}`;
  let count = 0;
  if (!Array.isArray(polygons)) throw badCoordinates(where, index);
  for (const rings of polygons) {
    if (!Array.isArray(rings)) throw badCoordinates(where, index);
    for (const ring of rings) {
      // A closed ring has at least 4 positions (the first repeated last).
      if (!Array.isArray(ring) || ring.length < 4) throw badCoordinates(where, index);
      for (const point of ring) {
        if (!Array.isArray(point) || point.length < 2) throw badCoordinates(where, index);
        const [lon, lat] = point as number[];
        if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw badCoordinates(where, index);
        if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) {
          throw new BoundaryRefused(
            'projected',
            `${where}: the coordinate [${lon}, ${lat}] is not a longitude and latitude; the file is in metres (a projected system): export it in longitude/latitude, WGS84 / EPSG:4326`,
            index,
          );
        }
        count++;
      }
    }
  }
  return count;
}

function badCoordinates(where: string, index: number): BoundaryRefused {
  return new BoundaryRefused(
    'bad-coordinates',
    `${where}: the coordinates are not closed rings (4 points or more) of [longitude, latitude] numbers`,
    index,
  );
}

const NAME_GUESSES = ['name', 'NAME', 'Name', 'name_zh', 'NAME_ZH', '名称', 'mc', 'MC', 'fullname', 'NAME_CHN'];
const CODE_GUESSES = [
  'adcode',
  'ADCODE',
  'code',
  'CODE',
  'gb',
  'GB',
  'PAC',
  'pac',
  '区划代码',
  'adcode99',
  FEATURE_ID_KEY,
];

/** The properties the features carry, with a few sample values each, in first-seen order. */
export function listProperties(features: AreaFeature[]): BoundaryProperty[] {
  const seen = new Map<string, string[]>();
  for (const f of features) {
    for (const [key, value] of Object.entries(f.properties)) {
      if (value === null || typeof value === 'object') continue;
      const samples = seen.get(key) ?? [];
      if (!seen.has(key)) seen.set(key, samples);
      if (samples.length < 3) samples.push(String(value).slice(0, 40));
    }
  }
  return [...seen].map(([key, samples]) => ({ key, samples }));
}

const isSixDigits = (v: unknown) => /^\d{6}$/.test(String(v ?? ''));

/** Sensible defaults for the name and code properties (null when none fits). */
export function guessProperties(
  features: AreaFeature[],
  keys: string[],
): { nameProperty: string | null; codeProperty: string | null } {
  const everyHas = (key: string, test: (v: unknown) => boolean) =>
    features.every((f) => test(f.properties[key])) && keys.includes(key);
  const codeProperty =
    CODE_GUESSES.find((k) => everyHas(k, isSixDigits)) ??
    keys.find((k) => everyHas(k, isSixDigits)) ??
    CODE_GUESSES.find((k) => keys.includes(k)) ??
    null;
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  const nameProperty =
    NAME_GUESSES.find((k) => everyHas(k, text)) ?? keys.find((k) => k !== codeProperty && everyHas(k, text)) ?? null;
  return { nameProperty, codeProperty };
}
