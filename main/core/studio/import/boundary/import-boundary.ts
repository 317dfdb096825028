/**
 * The boundary importer's core, in one call: a boundary file's bytes → the preview the studio
 * shows (projected districts with the chosen name and code, the outline, the properties staff pick
 * from). Throws BoundaryRefused for a file it cannot use. The page matches and applies it.
 */
import type { BoundaryPreview } from '../../../../contract/studio-boundary.ts';
import {
  BoundaryRefused,
  guessProperties,
  listProperties,
  parseBoundary,
  type BoundaryLimits,
} from './parse-boundary.ts';
import { fixWinding, projectBoundary, type ProjectOptions } from './project-boundary.ts';
import type { XY } from './svg-path.ts';

export interface ImportBoundaryOptions extends BoundaryLimits, ProjectOptions {
  /** The property holding the district's name; absent: guessed. */
  nameProperty?: string;
  /** The property holding the 6-digit code; absent: guessed. */
  codeProperty?: string;
}

export interface BoundaryImport extends BoundaryPreview {
  /** The city's centre in longitude/latitude. */
  centre: XY;
}

export function importBoundary(file: string, bytes: Uint8Array, options: ImportBoundaryOptions = {}): BoundaryImport {
  const parsed = parseBoundary(file, bytes, options);
  const properties = listProperties(parsed.features);
  const keys = properties.map((p) => p.key);
  const guessed = guessProperties(parsed.features, keys);
  const pick = (chosen: string | undefined, guess: string | null) =>
    chosen !== undefined && keys.includes(chosen) ? chosen : guess;
  const nameProperty = pick(options.nameProperty, guessed.nameProperty);
  const codeProperty = pick(options.codeProperty, guessed.codeProperty);

  const { features, rewound } = fixWinding(parsed.features);
  let projected: ReturnType<typeof projectBoundary>;
  try {
    projected = projectBoundary(features, options);
  } catch (error) {
    if (!(error instanceof BoundaryRefused)) throw error;
    // Named as staff find it: the file, and the feature's place in it.
    const index = error.feature === undefined ? undefined : parsed.indices[error.feature];
    const where = index === undefined ? file : `${file}, feature ${index + 1}`;
    throw new BoundaryRefused(error.reason, `${where}: ${error.message}`, index);
  }
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());
  return {
    file,
    format: parsed.format,
    properties,
    nameProperty,
    codeProperty,
    vertices: { read: parsed.vertices, kept: projected.kept },
    rewound,
    viewBox: projected.viewBox,
    districts: features.map((f, i) => ({
      name: nameProperty ? text(f.properties[nameProperty]) : '',
      code: codeProperty ? text(f.properties[codeProperty]) : '',
      ...projected.districts[i]!,
    })),
    outline: projected.outline,
    centre: projected.centre,
  };
}
