/**
 * The studio's boundary-file import (the city's map from GeoJSON or TopoJSON): the page sends the
 * file, the server answers a preview of the projected districts; the page matches them to the pack's
 * districts and applies the accepted map in one draft edit.
 *
 *   POST studio/api/boundary?name=<file>[&nameProperty=<key>&codeProperty=<key>]
 *        body: the file's bytes → BoundaryPreview, or 422/413 BoundaryRefusal
 *
 * Types and constants only: safe to import from any process.
 */
import type { StudioError } from './studio.ts';

export const BOUNDARY_API = 'boundary';

/** The largest boundary file accepted (DataV's and the national service's city files are a few MB). */
export const MAX_BOUNDARY_BYTES = 50 * 1024 * 1024;
/** More features than this is not one city's districts. */
export const MAX_BOUNDARY_FEATURES = 1000;
/** Vertices read from the file, before simplification. */
export const MAX_BOUNDARY_VERTICES = 500_000;

/** The pseudo-property naming a feature's own `id` (echarts' city files keep the code there). */
export const FEATURE_ID_KEY = '#id';

/** [x, y] in the map's viewBox units. */
export type MapXY = [number, number];

export interface BoundaryProperty {
  key: string;
  /** A few of its values, as text, for staff to recognise what it holds. */
  samples: string[];
}

export interface PreviewDistrict {
  /** The value of the chosen name property ('' when absent). */
  name: string;
  /** The value of the chosen code property ('' when absent). */
  code: string;
  path: string;
  labelAt: MapXY;
}

export interface BoundaryPreview {
  file: string;
  format: 'geojson' | 'topojson';
  properties: BoundaryProperty[];
  nameProperty: string | null;
  codeProperty: string | null;
  /** Vertices read from the file and kept after simplification. */
  vertices: { read: number; kept: number };
  /** Rings whose winding was reversed (the "whole world is filled" symptom). */
  rewound: number;
  viewBox: MapXY;
  districts: PreviewDistrict[];
  outline: string;
}

/** Why a boundary file was refused; the page translates `reason`. */
export type BoundaryRefusalReason =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-boundary'
  | 'no-areas'
  | 'too-many-features'
  | 'too-many-vertices'
  | 'projected'
  | 'bad-coordinates'
  | 'too-small';

export interface BoundaryRefusal extends StudioError {
  reason: BoundaryRefusalReason;
  /** The feature (from 0) the problem is in, when it is in one. */
  feature?: number;
  /** The limit that was passed, for too-many-*. */
  limit?: number;
}
