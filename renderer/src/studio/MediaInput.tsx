/**
 * A media field: its path, a thumbnail of the file as the studio serves it, and a drop zone (or a
 * file picker) that copies a picture or video into the draft under a safe name and sets the path.
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, mediaUrl, studioApi } from './studio-api';
import './media-input.css';

const VIDEO = /\.(webm|mp4)$/i;

export function MediaInput({
  value,
  onValue,
  ...input
}: {
  value: string;
  onValue: (path: string) => void;
  id: string;
  'data-path': string;
  onFocus: () => void;
}) {
  const { t } = useTranslation('studio');
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { path } = await studioApi.addMedia(file);
      onValue(path);
    } catch (err) {
      setError(errorMessage(err, t));
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
          onChange={(e) => onValue(e.target.value)}
        />
        <span className="media-input__hint">
          {busy ? t('media.uploading') : t('media.drop')}
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
