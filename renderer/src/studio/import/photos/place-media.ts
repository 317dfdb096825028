/**
 * Where a dropped file lands in the draft, by the field it was dropped on: a gallery picture's
 * `file` gets its small rendition beside it (`small`), a video's `file` its poster frame (`poster`),
 * any other media field just the path. Each is one edit of the draft (one undo step).
 */
import { getAt, type Path } from '../../pack-path';
import type { FormContextValue } from '../../form-context';
import { addPrepared, PhotoRefusedError } from './photos-api';
import { posterFromVideo } from './video-in-page';

const VIDEO_NAME = /\.(mp4|m4v|webm|mov|mkv|avi)$/i;

/** `[..., 'images', 3, 'file']`: a picture of a gallery, whose object also holds `small`. */
export const isGalleryFile = (path: Path) =>
  path.at(-1) === 'file' && typeof path.at(-2) === 'number' && path.at(-3) === 'images';
/** `[..., 'video', 'file']`: a video, whose object also holds `poster`. */
export const isVideoFile = (path: Path) => path.at(-1) === 'file' && path.at(-2) === 'video';

const objectAt = (form: FormContextValue, path: Path) => {
  const value = getAt(form.pack, path);
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
};

/** A path typed by hand: a gallery picture's small rendition no longer matches it, so it goes. */
export function editMediaPath(form: FormContextValue, path: Path, value: string | undefined): void {
  if (!isGalleryFile(path)) return form.edit(path, value);
  const { small: _small, ...rest } = objectAt(form, path.slice(0, -1));
  form.edit(path.slice(0, -1), { ...rest, file: value ?? '' });
}

/** Uploads `file` for the media field at `path` and sets the draft. Throws PhotoRefusedError. */
export async function placeDroppedFile(
  form: FormContextValue,
  path: Path,
  file: File,
  onStage: (stage: 'preparing' | 'poster') => void,
): Promise<void> {
  const parent = path.slice(0, -1);
  if (VIDEO_NAME.test(file.name) || file.type.startsWith('video/')) {
    onStage('poster');
    // Played here first: what this Chromium cannot decode, the kiosk's cannot either.
    const poster = await posterFromVideo(file);
    if (!poster) throw new PhotoRefusedError('video-unplayable', file.name, 'the video does not play here');
    onStage('preparing');
    const video = await addPrepared(file, file.name);
    if (!isVideoFile(path)) return form.edit(path, video.path);
    const still = await addPrepared(poster, file.name.replace(/\.[^.]*$/, '') + '-poster.jpg');
    form.edit(parent, { ...objectAt(form, parent), file: video.path, poster: still.path });
    return;
  }
  onStage('preparing');
  const gallery = isGalleryFile(path);
  const prepared = await addPrepared(file, file.name, { small: gallery });
  if (!gallery) return form.edit(path, prepared.path);
  const { small: _old, ...rest } = objectAt(form, parent);
  form.edit(parent, { ...rest, file: prepared.path, ...(prepared.small ? { small: prepared.small } : {}) });
}
