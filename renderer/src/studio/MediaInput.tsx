/**
 * A media field: its path, a thumbnail of the file as the studio serves it, and a drop zone (or a
 * file picker) that copies a picture or video into the draft under a safe name and sets the path.
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from './form-context';
import { editMediaPath, placeDroppedFile } from './import/photos/place-media';
import { photoErrorMessage } from './import/photos/refusal-message';
import type { Path } from './pack-path';
import { mediaUrl } from './studio-api';
import './media-input.css';

const VIDEO = /\.(webm|mp4)$/i;

export function MediaInput({
  value,
  onValue,
  path,
  ...input
}: {
  value: string;
  onValue: (path: string) => void;
  /** The field's place in the pack: a gallery picture also gets its small rendition, a video its poster. */
  path: Path;
  id: string;
  'data-path': string;
  onFocus: () => void;
}) {
  const { t } = useTranslation('studio');
  const form = useForm();
  const [busy, setBusy] = useState<false | 'preparing' | 'poster'>(false);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy('preparing');
    setError(null);
    try {
      await placeDroppedFile(form, path, file, setBusy);
    } catch (err) {
      setError(photoErrorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void upload(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={`media-input${over ? ' media-input--over' : ''}`}
      data-testid="media-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span className="media-input__thumb">
        {value && !VIDEO.test(value) && <img src={mediaUrl(value)} alt="" />}
        {value && VIDEO.test(value) && <video src={mediaUrl(value)} muted preload="metadata" />}
      </span>
      <span className="media-input__body">
        <input
          {...input}
          type="text"
          className="field__input"
          spellCheck={false}
          value={value}
          onChange={(e) => (e.target.value ? editMediaPath(form, path, e.target.value) : onValue(''))}
        />
        <span className="media-input__hint">
          {busy ? t(busy === 'poster' ? 'photos.poster' : 'photos.preparing') : t('media.drop')}
          <label className="studio-link">
            {t('media.choose')}
            <input
              type="file"
              className="visually-hidden"
              accept="image/png,image/jpeg,image/webp,image/svg+xml,video/mp4,video/webm"
              onChange={(e) => void upload(e.target.files?.[0])}
            />
          </label>
        </span>
        {error && (
          <span className="field__message field__message--error" role="alert">
            {error}
          </span>
        )}
      </span>
    </div>
  );
}
