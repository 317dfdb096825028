/** A refused file's message for staff, in the UI language; other failures as the studio says them. */
import { errorMessage } from '../../studio-api';
import { PhotoRefusedError } from './photos-api';

type T = (key: string, options?: Record<string, unknown>) => string;

export function photoErrorMessage(err: unknown, t: T): string {
  if (err instanceof PhotoRefusedError) {
    return t(`studio:photos.refused.${err.reason}`, { file: err.file, defaultValue: err.message });
  }
  return errorMessage(err, t);
}
