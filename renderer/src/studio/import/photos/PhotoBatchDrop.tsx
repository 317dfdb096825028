/**
 * Under a gallery's list of pictures: drop (or choose) many photos at once. Each is made ready in
 * turn with a progress bar; Cancel stops the batch and takes back every file it added. The pictures
 * made ready join the list in one edit (one undo step) when the batch ends; refused files are
 * listed with the reason and what to do.
 */
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../form-model';
import { useForm } from '../../form-context';
import { emptyValue } from '../../items';
import type { Path } from '../../pack-path';
import { addPrepared, removeBatch } from './photos-api';
import { photoErrorMessage } from './refusal-message';
import './photos.css';

type Phase =
  | { name: 'idle' }
  | { name: 'running'; done: number; total: number }
  | { name: 'finished'; added: number; refused: string[] }
  | { name: 'cancelled' };

/** Whether a list holds gallery pictures (objects with a `file` and a `small` media path). */
export function isPictureList(item: FieldType): boolean {
  if (item.kind !== 'object') return false;
  const media = (key: string) => item.fields.some((f) => f.key === key && f.type.kind === 'media');
  return media('file') && media('small');
}

export function PhotoBatchDrop({ path, list, item }: { path: Path; list: unknown[]; item: FieldType }) {
  const { t } = useTranslation('studio');
  const form = useForm();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [over, setOver] = useState(false);
  const running = useRef<{ batch: string; abort: AbortController; paths: string[] } | null>(null);

  const run = async (files: File[]) => {
    if (files.length === 0 || running.current) return;
    const current = { batch: crypto.randomUUID(), abort: new AbortController(), paths: [] as string[] };
    running.current = current;
    const added: Array<Record<string, unknown>> = [];
    const refused: string[] = [];
    setPhase({ name: 'running', done: 0, total: files.length });
    for (const [i, file] of files.entries()) {
      if (current.abort.signal.aborted) break;
      try {
        const prepared = await addPrepared(file, file.name, {
          small: true,
          batch: current.batch,
          signal: current.abort.signal,
        });
        current.paths.push(prepared.path, ...(prepared.small ? [prepared.small] : []));
        added.push({
          ...(emptyValue(item, form.languages) as Record<string, unknown>),
          file: prepared.path,
          ...(prepared.small ? { small: prepared.small } : {}),
        });
      } catch (err) {
        if (current.abort.signal.aborted) break;
        refused.push(photoErrorMessage(err, t));
      }
      setPhase({ name: 'running', done: i + 1, total: files.length });
    }
    running.current = null;
    if (current.abort.signal.aborted) return;
    if (added.length) form.structure(path, [...list, ...added]);
    setPhase({ name: 'finished', added: added.length, refused });
  };

  const cancel = async () => {
    const current = running.current;
    if (!current) return;
    current.abort.abort();
    running.current = null;
    setPhase({ name: 'cancelled' });
    await removeBatch(current.batch, current.paths).catch(() => undefined);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void run([...e.dataTransfer.files]);
  };

  return (
    <div
      className={`photo-batch${over ? ' photo-batch--over' : ''}`}
      data-testid="photo-batch"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {phase.name === 'running' ? (
        <div className="photo-batch__progress" role="status">
          <span>{t('photos.batch.progress', { done: phase.done, total: phase.total })}</span>
          <progress data-testid="photo-batch-progress" value={phase.done} max={phase.total} />
          <button
            type="button"
            className="studio-button"
            data-testid="photo-batch-cancel"
            onClick={() => void cancel()}
          >
            {t('photos.batch.cancel')}
          </button>
        </div>
      ) : (
        <span className="photo-batch__hint">
          {t('photos.batch.drop')}{' '}
          <label className="studio-link">
            {t('photos.batch.choose')}
            <input
              type="file"
              multiple
              className="visually-hidden"
              data-testid="photo-batch-input"
              accept="image/*,.heic,.heif"
              onChange={(e) => {
                void run([...(e.target.files ?? [])]);
                e.target.value = '';
              }}
            />
          </label>
        </span>
      )}
      {phase.name === 'cancelled' && (
        <p className="photo-batch__note" role="status" data-testid="photo-batch-result">
          {t('photos.batch.cancelled')}
        </p>
      )}
      {phase.name === 'finished' && (
        <div className="photo-batch__note" role="status" data-testid="photo-batch-result">
          {phase.added > 0 && <p>{t('photos.batch.added', { count: phase.added })}</p>}
          {phase.refused.length > 0 && (
            <>
              <p>{t('photos.batch.refused', { count: phase.refused.length })}</p>
              <ul className="photo-batch__refused">
                {phase.refused.map((message, i) => (
                  <li key={i} className="field__message field__message--error">
                    {message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
