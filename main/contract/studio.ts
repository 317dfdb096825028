/**
 * The content studio's HTTP API: the studio page (renderer/src/studio) and the studio server
 * (main/core/studio) agree on these paths and shapes. It exists only in studio mode (`npm run studio`,
 * Electron's `--studio` or the admin panel's "Content studio"), never in the locked-down kiosk.
 *
 * Every `api/` request carries the per-run token the server wrote into the studio page
 * (`<meta name="studio-token">`) in the `x-studio-token` header; a request without it, or with an
 * Origin other than the studio's own, is answered 403. JSON bodies unless said otherwise.
 *
 *   GET  studio/api/draft                → StudioDraftState
 *   POST studio/api/open                 body OpenRequest → StudioDraftState (replaces the draft)
 *   POST studio/api/open-zip             body: the zip (application/zip) → StudioDraftState
 *   PUT  studio/api/draft                body SaveDraftRequest → SaveDraftResponse, or 409 StudioError
 *                                        { code: 'changed-elsewhere' } when another window saved since
 *   POST studio/api/check                body { pack } → CheckResponse (the same checks and messages as pack:check)
 *   POST studio/api/media?name=<file>    body: the file's bytes → AddMediaResponse, or 422 StudioError
 *   GET  studio/media/<path>             a media file of the draft (its own, else its base pack's)
 *   POST studio/api/publish              body PublishRequest → PublishResponse, or 422 with errors
 *   POST studio/api/rollback             → { id, version } of the pack the kiosk shows after rolling back
 *   GET  studio/api/export.zip           → the draft as a pack zip (what the kiosk's import accepts)
 *   POST studio/api/save-to-folder       body { path?: string } → SaveToFolderResponse (no path: Electron's
 *                                        dialog; without one, a new folder in <data>/studio/saved/)
 *   POST studio/api/discard              → StudioDraftState (no draft)
 *   GET  studio/preview/                 the kiosk's own page in preview mode (see PREVIEW_*)
 *
 * Types and constants only: safe to import from any process.
 */
import type { PackIssue } from '../core/pack/pack-issue.ts';

export const STUDIO_BASE_PATH = 'studio/';
export const STUDIO_API_PATH = 'studio/api/';
export const STUDIO_MEDIA_PATH = 'studio/media/';
export const STUDIO_PREVIEW_PATH = 'studio/preview/';
export const STUDIO_TOKEN_HEADER = 'x-studio-token';
export const STUDIO_TOKEN_META = 'studio-token';

/** Where a draft came from. */
export type DraftOrigin = 'active' | 'new' | 'folder' | 'zip';

export interface StudioDraft {
  /** The pack being edited: pack.json's content as an object (not necessarily valid while editing). */
  pack: unknown;
  /** Increases with every save; a save names the revision it was based on. */
  revision: number;
  origin: DraftOrigin;
  /** The pack the draft started from (absent for a new city). */
  base?: { id: string; version: string };
  /** ISO time of the last save. */
  savedAt: string;
}

export interface StudioDraftState {
  draft: StudioDraft | null;
  /** The pack the kiosk shows now. */
  active: { id: string; version: string } | null;
  /** Whether the draft differs from the pack it started from (unpublished edits). */
  unpublished: boolean;
  /** Whether the server shows a folder dialog (Electron) for save-to-folder without a path. */
  folderDialog: boolean;
  /** This machine is a booth's staff laptop: publish can send the pack to the booth's kiosks too. */
  boothLaptop?: boolean;
}

/** Save to folder: where the draft was written, or that staff cancelled the folder dialog. */
export type SaveToFolderResponse = { path: string } | { cancelled: true };

export type OpenRequest = { source: 'active' } | { source: 'new'; id?: string } | { source: 'folder'; path?: string };

export interface SaveDraftRequest {
  pack: unknown;
  /** The revision this edit was based on (from the last state or save the page received). */
  revision: number;
}
export interface SaveDraftResponse {
  revision: number;
  savedAt: string;
}

export interface CheckResponse {
  errors: PackIssue[];
  warnings: PackIssue[];
}

export interface AddMediaResponse {
  /** The media path to put in the pack (e.g. `media/factory-floor.jpg`), already served under studio/media/. */
  path: string;
}

export type VersionBump = 'patch' | 'minor' | 'major';
export interface PublishRequest {
  bump?: VersionBump;
  /** Also publish the new version to the booth (a booth's laptop only). */
  booth?: boolean;
}

/** One kind of item a pack lists, for the change summary. */
export type ItemKind =
  'tier' | 'cluster' | 'enterprise' | 'district' | 'park' | 'future-industry' | 'source' | 'figure';

/** An item a publish added, removed or changed. */
export interface SummaryItem {
  kind: ItemKind;
  id: string;
  /**
   * Its name (or title, or label) by language, as the pack holds it: from the pack published, or
   * for a removed item from the one before; absent when it has none. Staff know items by these.
   */
  name?: Record<string, string>;
}

export interface ChangeSummary {
  added: SummaryItem[];
  removed: SummaryItem[];
  /** Items present before and after whose content differs. */
  changed: SummaryItem[];
  /** Texts (one language of one localized text) that differ, were added or removed. */
  textsChanged: number;
  /** Media files added or no longer used. */
  mediaAdded: number;
  mediaRemoved: number;
}

export type PublishResponse =
  | {
      ok: true;
      id: string;
      version: string;
      summary: ChangeSummary;
      /** When the booth was asked for: published to it, or why not (the kiosk's own publish stands). */
      booth?: { ok: true } | { ok: false; error: string };
    }
  | { ok: false; errors: PackIssue[] };

export interface StudioError {
  /** Machine-readable reason the page can translate. */
  code: 'changed-elsewhere' | 'invalid-request' | 'not-media' | 'too-large' | 'no-draft' | 'unavailable' | 'failed';
  /** What happened, for staff, in English (the page shows its own translation for known codes). */
  message: string;
}

/**
 * Preview: the studio page shows the kiosk's own page (STUDIO_PREVIEW_PATH + `?studio-preview`) in
 * iframes and posts it the draft; the kiosk in preview mode takes its pack from these messages only
 * (same origin), has no idle reset, no attract timeout and records no statistics.
 */
export const PREVIEW_QUERY = 'studio-preview';
export interface PreviewMessage {
  type: 'studio:preview';
  /**
   * The draft, as the kiosk gets it; absent: the pack of an earlier message (the studio posts the
   * pack only when it changed: cloning 1,000 enterprises into two frames costs typing its speed).
   */
  pack?: unknown;
  language: string;
  /**
   * The kiosk screen to show, in the kiosk's own route shape (renderer/src/kiosk/store.tsx `Route`,
   * e.g. `{ name: 'enterprise', id: 'xcmg' }`, `{ name: 'cluster', id: 'equipment' }`, `{ name: 'attract' }`
   * for the attract loop); absent: stay where it is.
   */
  route?: { name: string; id?: string };
}
