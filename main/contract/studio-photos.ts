/**
 * The studio's pictures and video (issue 21): what the studio page and the studio server agree on
 * for a file staff drop in. Types and constants only: safe to import from any process.
 *
 *   POST studio/api/photos/add?name=<file>[&small=1]  body: the file's bytes → PreparedMedia, or 422
 *                        PhotoRefusal (413 when larger than the upload limit). A picture is made ready
 *                        for the kiosk (upright, sRGB, ≤ PICTURE_MAX_SIDE_PX, within the image budget,
 *                        no metadata); with small=1 it also gets its small rendition. A video is
 *                        accepted only in a container and codec Chromium plays. SVG is kept as it is.
 *   POST studio/api/photos/remove  body RemoveMediaRequest → { removed: string[] }: files a cancelled
 *                        batch added (only the draft's own files, only those the draft does not name)
 */
export const PHOTOS_ADD_PATH = 'photos/add';
export const PHOTOS_REMOVE_PATH = 'photos/remove';

/** The long side of a picture the kiosk shows full screen on 4K. */
export const PICTURE_MAX_SIDE_PX = 3840;
/** The long side of the small rendition used by cards, grids and thumbnails. */
export const SMALL_SIDE_PX = 640;
/** Pictures larger than this many pixels are refused before they are decoded (decompression bombs). */
export const MAX_INPUT_PIXELS = 200_000_000;

export interface PreparedMedia {
  /** The media path to put in the pack (`media/<slug>.<ext>`). */
  path: string;
  /** The small rendition's media path, when asked for and the file is a raster picture. */
  small?: string;
  /** A raster picture's size as the pack holds it. */
  width?: number;
  height?: number;
}

/** Why a dropped file was refused; the page shows `photos.refused.<reason>` with the file's name. */
export type PhotoRefusalReason =
  | 'heic'
  | 'undecodable'
  | 'too-many-pixels'
  | 'over-budget'
  | 'not-media'
  | 'video-container'
  | 'video-hevc'
  | 'video-prores'
  | 'video-codec'
  | 'video-unplayable'
  | 'too-large';

export interface PhotoRefusal {
  code: 'not-media' | 'too-large';
  reason: PhotoRefusalReason;
  /** The file as staff named it. */
  file: string;
  /** What happened, in English (for logs and unknown reasons). */
  message: string;
}

export interface RemoveMediaRequest {
  /** Media paths (`media/…`) a cancelled batch added. */
  paths: string[];
}
