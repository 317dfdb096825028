/**
 * The kiosk's own page in preview mode (studio/preview/?studio-preview) at 1920×1080 and 1080×1920,
 * scaled to fit, fed the draft by postMessage shortly after typing stops, showing the screen of
 * what is being edited, in a language staff pick.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREVIEW_QUERY, type PreviewMessage } from '../../../main/contract/studio';
import './preview.css';

/** The preview is posted this long after the last change: well within the 300 ms target. */
export const PREVIEW_DEBOUNCE_MS = 120;

const SCREENS = [
  { key: 'landscape', width: 1920, height: 1080 },
  { key: 'portrait', width: 1080, height: 1920 },
] as const;

const PREVIEW_SRC = `preview/?${PREVIEW_QUERY}`;

export function Preview({
  pack,
  route,
  languages,
}: {
  /** The draft as the kiosk would get it; null while it is not valid (the last valid one stays). */
  pack: unknown;
  route: PreviewMessage['route'];
  languages: readonly string[];
}) {
  const { t } = useTranslation('studio');
  const frames = useRef<Array<HTMLIFrameElement | null>>([]);
  const [language, setLanguage] = useState<string>(languages[0] ?? 'zh-CN');
  const [width, setWidth] = useState(480);
  const box = useRef<HTMLDivElement>(null);
  const message = useRef<PreviewMessage | null>(null);

  const lang = languages.includes(language) ? language : (languages[0] ?? 'zh-CN');
  const post = (frame: HTMLIFrameElement | null) => {
    if (frame?.contentWindow && message.current) frame.contentWindow.postMessage(message.current, location.origin);
  };

  useEffect(() => {
    const last = pack ?? message.current?.pack;
    if (!last) return;
    message.current = { type: 'studio:preview', pack: last, language: lang, ...(route ? { route } : {}) };
    const timer = window.setTimeout(() => frames.current.forEach(post), PREVIEW_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [pack, lang, route]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Landscape and portrait side by side at one height: landscape gets 1920/(1920+1080·1080/1920) of the width.
  const gap = 12;
  const landscapeScale = (width - gap) / (1920 + (1080 * 1080) / 1920);
  const height = 1080 * landscapeScale;

  return (
    <section className="preview" aria-label={t('preview.title')}>
      <div className="preview__head">
        <h2 className="studio-heading">{t('preview.title')}</h2>
        <label className="preview__language">
          {t('preview.language')}
          <select value={lang} onChange={(e) => setLanguage(e.target.value)} data-testid="preview-language">
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="preview__screens" ref={box} style={{ gap }}>
        {SCREENS.map((screen, i) => {
          const scale = height / screen.height;
          return (
            <div
              key={screen.key}
              className="preview__screen"
              style={{ width: screen.width * scale, height: screen.height * scale }}
            >
              <iframe
                ref={(el) => {
                  frames.current[i] = el;
                }}
                title={t(`preview.${screen.key}`)}
                src={PREVIEW_SRC}
                data-testid={`preview-${screen.key}`}
                width={screen.width}
                height={screen.height}
                style={{ transform: `scale(${scale})` }}
                onLoad={(e) => post(e.currentTarget)}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
