/**
 * The kiosk's own page in preview mode (studio/preview/?studio-preview) at 1920×1080 and 1080×1920,
 * scaled to fit, fed the draft by postMessage shortly after typing stops, showing the screen of
 * what is being edited, in a language staff pick. The frames run on this page's thread: each gets
 * the pack only when it changed (a thousand enterprises take a while to clone and render), and a
 * change of screen or language alone is a message without one.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREVIEW_QUERY, type PreviewMessage } from '../../../main/contract/studio';
import { languageNameIn } from '../kiosk/language-names';
import { useStoreSelector, type EditorStore } from './editor-store';
import './preview.css';

/**
 * Changes within this long are one message (the draft comes already debounced, see useDraft's
 * PREVIEW_DEBOUNCE_MS: the two stay well within the 300 ms target).
 */
export const POST_DEBOUNCE_MS = 40;
/** The frames load at the latest this long after the editor shows (sooner when the page is idle). */
const FRAMES_AFTER_MS = 1000;

const SCREENS = [
  { key: 'landscape', width: 1920, height: 1080 },
  { key: 'portrait', width: 1080, height: 1920 },
] as const;

const PREVIEW_SRC = `preview/?${PREVIEW_QUERY}`;

export function Preview({
  store,
  routeName,
  routeId,
  languages,
}: {
  /** The editor's store: its `preview` is the draft as the kiosk would get it (the last valid one). */
  store: EditorStore;
  /** The kiosk screen to show (PreviewMessage's route), by value. */
  routeName: string;
  routeId?: string;
  languages: readonly string[];
}) {
  const { t, i18n } = useTranslation('studio');
  const pack = useStoreSelector(store, 'preview', (s) => s.preview);
  // The frames (the kiosk's whole page, twice, on this page's thread) load once the form is on
  // screen and the page is idle: opening the studio is waiting for the form, not for them.
  const [framesOn, setFramesOn] = useState(false);
  useEffect(() => {
    const idle = requestIdleCallback(() => setFramesOn(true), { timeout: FRAMES_AFTER_MS });
    return () => cancelIdleCallback(idle);
  }, []);
  const frames = useRef<Array<HTMLIFrameElement | null>>([]);
  const [language, setLanguage] = useState<string>(languages[0] ?? 'zh-CN');
  const [width, setWidth] = useState(480);
  const box = useRef<HTMLDivElement>(null);
  /** What the frames should show; and per frame, the pack it was last sent. */
  const message = useRef<PreviewMessage | null>(null);
  const sent = useRef<unknown[]>([]);

  const lang = languages.includes(language) ? language : (languages[0] ?? 'zh-CN');
  const post = (i: number) => {
    const frame = frames.current[i];
    const next = message.current;
    if (!frame?.contentWindow || !next) return;
    const { pack: latest, ...rest } = next;
    frame.contentWindow.postMessage(sent.current[i] === latest ? rest : next, location.origin);
    sent.current[i] = latest;
  };

  useEffect(() => {
    const last = pack ?? message.current?.pack;
    if (!last) return;
    const route = { name: routeName, ...(routeId ? { id: routeId } : {}) };
    message.current = { type: 'studio:preview', pack: last, language: lang, route };
    // One frame per task: a keystroke that comes in between is handled between the two (each
    // clones the pack and re-renders the kiosk on this page's thread).
    let second = 0;
    const first = window.setTimeout(() => {
      post(0);
      second = window.setTimeout(() => post(1), 0);
    }, POST_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(first);
      window.clearTimeout(second);
    };
  }, [pack, lang, routeName, routeId]);

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
                {languageNameIn(l, i18n.resolvedLanguage ?? i18n.language)}
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
              {framesOn && (
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
                  onLoad={() => {
                    // A frame (re)loaded has no pack yet.
                    sent.current[i] = undefined;
                    post(i);
                  }}
                />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
