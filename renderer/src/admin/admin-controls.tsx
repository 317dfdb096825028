/** Small building blocks of the admin panel. */
import { useState, type ReactNode } from 'react';
import type { ExportCsvResult } from '../../../main/contract/ipc';
import { errorMessage, isElectron } from '../kiosk/kiosk-client';
import { useAdminT } from './admin-i18n';

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="adm-card" data-testid={testId}>
      <h3 className="adm-card__title">{title}</h3>
      {children}
    </section>
  );
}

/** A row of the key–value lists. */
export function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="adm-row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** What an Electron-only control shows in browser mode: not broken, just not here. */
export function Unavailable({ testId }: { testId?: string }) {
  const { t } = useAdminT();
  return (
    <span className="adm-unavailable" data-testid={testId ?? 'unavailable'}>
      {t('unavailable')}
    </span>
  );
}

export function Notice({
  kind,
  children,
  testId,
}: {
  kind: 'ok' | 'bad' | 'warn' | 'info';
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={`adm-notice adm-notice--${kind}`} role={kind === 'bad' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}

export function IssueList({ items, kind, testId }: { items: string[]; kind: 'bad' | 'warn'; testId?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className={`adm-issues adm-issues--${kind}`} data-testid={testId}>
      {items.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** An on/off switch, touch-sized. */
export function Toggle({
  checked,
  onChange,
  label,
  disabled,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  disabled?: boolean;
  testId?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      className={`adm-switch${checked ? ' adm-switch--on' : ''}`}
      disabled={disabled}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      <span className="adm-switch__knob" aria-hidden="true" />
    </button>
  );
}

/** One choice of a few, side by side (a radio group of touch-sized buttons). */
export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
  testIdPrefix,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string; lang?: string }>;
  onChange: (value: T) => void;
  testIdPrefix: string;
}) {
  return (
    <div className="adm-segmented" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          className={`adm-seg${value === o.value ? ' adm-seg--on' : ''}`}
          data-testid={`${testIdPrefix}${o.value}`}
          lang={o.lang}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/**
 * A destructive action behind a second press: the first shows the confirmation (`<testId>-confirm`)
 * and a cancel beside it; confirming runs the action and goes back to the first button.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  testId,
  onConfirm,
}: {
  label: string;
  confirmLabel: string;
  testId: string;
  onConfirm: () => void;
}) {
  const { t } = useAdminT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="adm-btn adm-btn--danger" data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="adm-btn adm-btn--danger"
        data-testid={`${testId}-confirm`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="adm-btn" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </>
  );
}

/** A value in the panel's language from a pack text ({ 'zh-CN': …, en: … }). */
export function pickLang(text: Record<string, string> | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text['zh-CN'] ?? Object.values(text)[0] ?? '';
}

export function ProgressBar({ value, testId, label }: { value: number | null; testId?: string; label: string }) {
  const pct = value === null ? null : Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div
      className={`adm-progress${pct === null ? ' adm-progress--unknown' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct ?? undefined}
      data-testid={testId}
      data-value={pct ?? ''}
    >
      <div className="adm-progress__fill" style={{ width: `${pct ?? 100}%` }} />
    </div>
  );
}

/** Shows what a channel answered (and clears the error), or its error. */
export function showAnswer<T>(
  answer: Promise<T>,
  show: (value: T) => void,
  setError: (message: string | null) => void,
) {
  answer.then(
    (value) => {
      show(value);
      setError(null);
    },
    (err: unknown) => setError(errorMessage(err)),
  );
}

/** An export staff start (CSV, logs): its result, whether one runs, and `run`, which passes a failure to `onError`. */
export function useExport(onError: (message: string) => void) {
  const [result, setResult] = useState<ExportCsvResult | null>(null);
  const [running, setRunning] = useState(false);
  const run = async (job: () => Promise<ExportCsvResult>) => {
    setRunning(true);
    setResult(null);
    try {
      setResult(await job());
    } catch (err) {
      onError(errorMessage(err));
    } finally {
      setRunning(false);
    }
  };
  return { result, running, run, clear: () => setResult(null) };
}

/** Refresh and export side by side (statistics, logs): `<prefix>refresh` and `<prefix>export`, off while exporting. */
export function RefreshAndExport(props: {
  testIdPrefix: string;
  refreshLabel: string;
  exportLabel: string;
  exporting: boolean;
  onRefresh: () => void;
  onExport: () => void;
}) {
  return (
    <>
      <button type="button" className="adm-btn" data-testid={`${props.testIdPrefix}refresh`} onClick={props.onRefresh}>
        {props.refreshLabel}
      </button>
      <button
        type="button"
        className="adm-btn adm-btn--strong"
        data-testid={`${props.testIdPrefix}export`}
        disabled={props.exporting}
        onClick={props.onExport}
      >
        {props.exportLabel}
      </button>
    </>
  );
}

/**
 * What an export did: where it wrote (`<prefix>exported`, `<prefix>export-folder`; browser mode adds
 * that the files are in the kiosk's data folder), or that staff cancelled it.
 */
export function ExportOutcome({
  result,
  testIdPrefix,
  written,
  cancelled,
  children,
}: {
  result: ExportCsvResult | null;
  testIdPrefix: string;
  written: string;
  cancelled: string;
  children?: ReactNode;
}) {
  const { t } = useAdminT();
  if (result?.status === 'cancelled') return <p className="adm-muted">{cancelled}</p>;
  if (result?.status !== 'written') return null;
  return (
    <Notice kind="ok" testId={`${testIdPrefix}exported`}>
      {written} <code data-testid={`${testIdPrefix}export-folder`}>{result.folder}</code>
      {children}
      {!isElectron() && <small className="adm-block">{t('stats.exportedBrowser')}</small>}
    </Notice>
  );
}
