/** Settings: the form over `settings:get` / `settings:set`; saving tells the page to re-read them. */
import { useEffect, useState } from 'react';
import type { GraphicsSetting, KioskSettings, PreflightReport, SettingsView } from '../../../main/contract/ipc';
import type { Pack } from '../../../main/core/pack/schema';
import { detectedTier } from '../kiosk/graphics';
import { languageName, useAdminT } from './admin-i18n';
import { displayLabel } from './display-label';
import { availableLanguages } from '../kiosk/store';
import { announceSettings } from '../kiosk/kiosk-events';
import { errorMessage, isElectron, kiosk } from '../kiosk/kiosk-client';
import { Notice, Section, Segmented, Toggle, Unavailable } from './admin-controls';

export const IDLE_MIN = 10;
export const IDLE_MAX = 3600;
const GRAPHICS: Array<[GraphicsSetting, string]> = [
  ['auto', 'settings.graphicsAuto'],
  ['full', 'settings.graphicsFull'],
  ['light', 'settings.graphicsLight'],
];

export function SettingsSection({ pack }: { pack: Pack | null }) {
  const { t } = useAdminT();
  const [view, setView] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<KioskSettings | null>(null);
  const [displays, setDisplays] = useState<PreflightReport['displays']>(null);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });
  const electron = isElectron();

  useEffect(() => {
    kiosk['settings:get']().then(
      (v) => {
        setView(v);
        setDraft(v.settings);
      },
      (err: unknown) => setState({ kind: 'error', message: errorMessage(err) }),
    );
    if (electron)
      kiosk['system:preflight']().then(
        (r) => setDisplays(r.displays),
        () => undefined,
      );
  }, [electron]);

  if (!draft)
    return state.kind === 'error' ? (
      <Notice kind="bad">{t('error', { message: state.message })}</Notice>
    ) : (
      <p className="adm-muted">{t('loading')}</p>
    );

  const set = <K extends keyof KioskSettings>(key: K, value: KioskSettings[K]) => {
    setDraft({ ...draft, [key]: value });
    setState({ kind: 'idle' });
  };
  const languages = availableLanguages(pack);
  const idleValid =
    Number.isInteger(draft.idleTimeoutSeconds) &&
    draft.idleTimeoutSeconds >= IDLE_MIN &&
    draft.idleTimeoutSeconds <= IDLE_MAX;

  const save = async () => {
    setState({ kind: 'saving' });
    try {
      const patch: Partial<KioskSettings> = { ...draft };
      if (!electron) {
        // Browser mode cannot place the window or register a login item: leave those as they are.
        delete patch.displayId;
        delete patch.startAtLogin;
      }
      const next = await kiosk['settings:set'](patch);
      setView(next);
      setDraft(next.settings);
      announceSettings(next.settings);
      setState({ kind: 'saved' });
    } catch (err) {
      setState({ kind: 'error', message: errorMessage(err) });
    }
  };

  return (
    <div className="adm-grid adm-grid--one" data-testid="section-settings">
      {view?.problem && (
        <Notice kind="bad" testId="settings-problem">
          <strong>{t('settings.problem')}</strong> {view.problem}
        </Notice>
      )}
      <Section title={t('settings.visitor')}>
        <div className="adm-form">
          <label className="adm-form__label" htmlFor="adm-idle">
            {t('settings.idle')}
            <small>{t('settings.idleHelp', { min: IDLE_MIN, max: IDLE_MAX })}</small>
          </label>
          <div className="adm-stepper">
            <button
              type="button"
              className="adm-btn adm-btn--square"
              aria-label={t('settings.less')}
              onClick={() => set('idleTimeoutSeconds', Math.max(IDLE_MIN, draft.idleTimeoutSeconds - 10))}
            >
              −
            </button>
            <input
              id="adm-idle"
              className="adm-input adm-input--num"
              type="number"
              inputMode="numeric"
              min={IDLE_MIN}
              max={IDLE_MAX}
              data-testid="settings-idle"
              value={Number.isFinite(draft.idleTimeoutSeconds) ? draft.idleTimeoutSeconds : ''}
              aria-invalid={!idleValid}
              onChange={(e) => set('idleTimeoutSeconds', e.currentTarget.valueAsNumber)}
            />
            <button
              type="button"
              className="adm-btn adm-btn--square"
              aria-label={t('settings.more')}
              onClick={() => set('idleTimeoutSeconds', Math.min(IDLE_MAX, draft.idleTimeoutSeconds + 10))}
            >
              +
            </button>
            <span className="adm-muted">{t('settings.seconds')}</span>
          </div>

          <span className="adm-form__label">{t('settings.language')}</span>
          <Segmented
            label={t('settings.language')}
            value={draft.defaultLanguage}
            options={languages.map((l) => ({ value: l, label: languageName(l), lang: l }))}
            onChange={(l) => set('defaultLanguage', l)}
            testIdPrefix="settings-language-"
          />

          <span className="adm-form__label">
            {t('settings.presenter')}
            <small>{t('settings.presenterHelp')}</small>
          </span>
          <Toggle
            label={t('settings.presenter')}
            checked={draft.presenterMode}
            onChange={(v) => set('presenterMode', v)}
            testId="settings-presenter"
          />

          <span className="adm-form__label">{t('settings.reducedMotion')}</span>
          <Toggle
            label={t('settings.reducedMotion')}
            checked={draft.reducedMotion}
            onChange={(v) => set('reducedMotion', v)}
            testId="settings-reduced-motion"
          />

          <span className="adm-form__label">
            {t('settings.graphics')}
            <small>
              {t('settings.graphicsHelp', {
                drawer: t(detectedTier() === 'full' ? 'settings.drawerGpu' : 'settings.drawerCpu'),
              })}
            </small>
          </span>
          <Segmented
            label={t('settings.graphics')}
            value={draft.graphics}
            options={GRAPHICS.map(([value, label]) => ({ value, label: t(label) }))}
            onChange={(g) => set('graphics', g)}
            testIdPrefix="settings-graphics-"
          />
        </div>
      </Section>

      <Section title={t('settings.machine')}>
        <div className="adm-form">
          <label className="adm-form__label" htmlFor="adm-reload">
            {t('settings.dailyReload')}
          </label>
          <select
            id="adm-reload"
            className="adm-input"
            data-testid="settings-reload-hour"
            value={draft.dailyReloadHour ?? 'off'}
            onChange={(e) =>
              set('dailyReloadHour', e.currentTarget.value === 'off' ? null : Number(e.currentTarget.value))
            }
          >
            <option value="off">{t('settings.off')}</option>
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={h}>
                {`${String(h).padStart(2, '0')}:00`}
              </option>
            ))}
          </select>

          <span className="adm-form__label">{t('settings.display')}</span>
          {electron ? (
            <select
              className="adm-input"
              data-testid="settings-display"
              value={draft.displayId ?? 'primary'}
              onChange={(e) =>
                set('displayId', e.currentTarget.value === 'primary' ? null : Number(e.currentTarget.value))
              }
            >
              <option value="primary">{t('settings.primaryDisplay')}</option>
              {(displays ?? []).map((d, i) => (
                <option key={d.id} value={d.id}>
                  {displayLabel(d, i, t)}
                </option>
              ))}
            </select>
          ) : (
            <Unavailable testId="settings-display-unavailable" />
          )}

          <span className="adm-form__label">{t('settings.startAtLogin')}</span>
          {electron ? (
            <Toggle
              label={t('settings.startAtLogin')}
              checked={draft.startAtLogin}
              onChange={(v) => set('startAtLogin', v)}
              testId="settings-start-at-login"
            />
          ) : (
            <Unavailable testId="settings-start-at-login-unavailable" />
          )}
        </div>
      </Section>

      <div className="adm-actions adm-actions--sticky">
        <button
          type="button"
          className="adm-btn adm-btn--strong"
          data-testid="settings-save"
          disabled={!idleValid || state.kind === 'saving'}
          onClick={() => void save()}
        >
          {t('settings.save')}
        </button>
        {state.kind === 'saved' && (
          <Notice kind="ok" testId="settings-saved">
            {t('settings.saved')}
          </Notice>
        )}
        {state.kind === 'error' && (
          <Notice kind="bad" testId="settings-error">
            {t('error', { message: state.message })}
          </Notice>
        )}
        {!idleValid && <Notice kind="warn">{t('settings.idleHelp', { min: IDLE_MIN, max: IDLE_MAX })}</Notice>}
      </div>
    </div>
  );
}
