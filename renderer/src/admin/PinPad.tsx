/**
 * The PIN screens: the keypad (big keys, masked dots, clear/back), unlocking, and changing the PIN
 * (the only thing allowed while the first-run PIN 000000 is still set).
 */
import { useCallback, useEffect, useState } from 'react';
import type { UnlockResult } from '../../../main/contract/ipc';
import { useAdminT } from './admin-i18n';
import { errorMessage, kiosk } from '../kiosk/kiosk-client';

export const PIN_MAX = 12;

/** A PIN's rule problem, or null: 6–12 digits, not one digit repeated. */
export function pinProblem(pin: string): 'length' | 'same' | null {
  if (!/^\d{6,12}$/.test(pin)) return 'length';
  if (/^(\d)\1*$/.test(pin)) return 'same';
  return null;
}

interface KeypadProps {
  onDigit: (digit: string) => void;
  onBack: () => void;
  onClear: () => void;
  onEnter: () => void;
  disabled?: boolean;
  enterLabel: string;
}

export function Keypad({ onDigit, onBack, onClear, onEnter, disabled = false, enterLabel }: KeypadProps) {
  const { t } = useAdminT();
  // Typed digits work too (presenter mode, a USB keypad).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (disabled) return;
      if (/^\d$/.test(e.key)) onDigit(e.key);
      else if (e.key === 'Backspace') onBack();
      else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) onEnter();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled, onDigit, onBack, onEnter]);

  const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  return (
    <div className="adm-keypad" role="group" aria-label={t('pin.keypad')}>
      {digits.map((d) => (
        <button
          key={d}
          type="button"
          className="adm-key"
          data-testid={`pin-key-${d}`}
          disabled={disabled}
          onClick={() => onDigit(d)}
        >
          {d}
        </button>
      ))}
      <button
        type="button"
        className="adm-key adm-key--fn"
        data-testid="pin-clear"
        disabled={disabled}
        onClick={onClear}
      >
        {t('pin.clear')}
      </button>
      <button
        type="button"
        className="adm-key"
        data-testid="pin-key-0"
        disabled={disabled}
        onClick={() => onDigit('0')}
      >
        0
      </button>
      <button
        type="button"
        className="adm-key adm-key--fn"
        data-testid="pin-back"
        aria-label={t('pin.back')}
        disabled={disabled}
        onClick={onBack}
      >
        ⌫
      </button>
      <button
        type="button"
        className="adm-key adm-key--enter"
        data-testid="pin-enter"
        disabled={disabled}
        onClick={onEnter}
      >
        {enterLabel}
      </button>
    </div>
  );
}

export function PinDots({ length, label, active = true }: { length: number; label: string; active?: boolean }) {
  return (
    <div className={`adm-dots${active ? ' adm-dots--active' : ''}`} aria-label={label} data-length={length}>
      {length === 0 ? <span className="adm-dots__empty">—</span> : null}
      {Array.from({ length }, (_, i) => (
        <span key={i} className="adm-dot" aria-hidden="true" />
      ))}
    </div>
  );
}

/** A wait as m:ss: the PIN pad's lockout, the leads' lock after wrong PINs. */
export function formatWait(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Counts down to `until` (epoch ms); null when there is nothing to wait for. */
function useCountdown(until: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 250);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [until]);
  if (until === null) return null;
  const left = until - now;
  return left > 0 ? left : null;
}

type Message =
  { kind: 'wrong'; triesLeft: number } | { kind: 'error'; text: string } | { kind: 'rule'; key: string } | null;

function MessageLine({ message, lockedMs }: { message: Message; lockedMs: number | null }) {
  const { t } = useAdminT();
  if (lockedMs !== null)
    return (
      <p className="adm-pin__msg adm-pin__msg--bad" role="alert" data-testid="pin-locked">
        {t('pin.locked', { time: formatWait(lockedMs) })}
      </p>
    );
  if (!message) return <p className="adm-pin__msg" aria-hidden="true" />;
  const text =
    message.kind === 'wrong'
      ? t('pin.wrong', { count: message.triesLeft })
      : message.kind === 'rule'
        ? t(message.key)
        : t('error', { message: message.text });
  return (
    <p className="adm-pin__msg adm-pin__msg--bad" role="alert" data-testid="pin-message">
      {text}
    </p>
  );
}

/** Unlock: typed PIN → `admin:unlock`. */
export function PinScreen({ onResult }: { onResult: (result: UnlockResult) => void }) {
  const { t } = useAdminT();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const lockedMs = useCountdown(lockedUntil);

  const digit = useCallback((d: string) => setPin((p) => (p.length < PIN_MAX ? p + d : p)), []);
  const back = useCallback(() => setPin((p) => p.slice(0, -1)), []);
  const clear = useCallback(() => setPin(''), []);
  const enter = useCallback(() => {
    if (busy || pin.length === 0) return;
    setBusy(true);
    kiosk['admin:unlock'](pin).then(
      (result) => {
        setBusy(false);
        setPin('');
        if (result.status === 'wrong') setMessage({ kind: 'wrong', triesLeft: result.triesLeft });
        else if (result.status === 'locked') {
          setMessage(null);
          setLockedUntil(Date.now() + result.retryAfterMs);
        } else onResult(result);
      },
      (err: unknown) => {
        setBusy(false);
        setMessage({ kind: 'error', text: errorMessage(err) });
      },
    );
  }, [busy, pin, onResult]);

  return (
    <div className="adm-pin" data-testid="admin-pin">
      <h2 className="adm-pin__title">{t('pin.title')}</h2>
      <PinDots length={pin.length} label={t('pin.entered', { count: pin.length })} />
      <MessageLine message={message} lockedMs={lockedMs} />
      <Keypad
        onDigit={digit}
        onBack={back}
        onClear={clear}
        onEnter={enter}
        disabled={busy || lockedMs !== null}
        enterLabel={t('pin.unlock')}
      />
    </div>
  );
}

type Field = 'current' | 'next' | 'repeat';
const FIELDS: Field[] = ['current', 'next', 'repeat'];

/** Change the PIN: current + new + repeat on one keypad → `admin:change-pin`. */
export function ChangePinScreen({ firstRun, onChanged }: { firstRun: boolean; onChanged: () => void }) {
  const { t } = useAdminT();
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', repeat: '' });
  const [field, setField] = useState<Field>('current');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const lockedMs = useCountdown(lockedUntil);

  const update = useCallback(
    (fn: (v: string) => string) => setValues((vs) => ({ ...vs, [field]: fn(vs[field]) })),
    [field],
  );
  const digit = useCallback((d: string) => update((v) => (v.length < PIN_MAX ? v + d : v)), [update]);
  const back = useCallback(() => update((v) => v.slice(0, -1)), [update]);
  const clear = useCallback(() => update(() => ''), [update]);

  const submit = useCallback(() => {
    if (busy) return;
    if (field !== 'repeat') {
      setField(FIELDS[FIELDS.indexOf(field) + 1] ?? 'repeat');
      return;
    }
    const problem = pinProblem(values.next);
    if (problem) return setMessage({ kind: 'rule', key: `change.rule.${problem}` });
    if (values.next !== values.repeat) return setMessage({ kind: 'rule', key: 'change.rule.repeat' });
    setBusy(true);
    kiosk['admin:change-pin'](values.current, values.next).then(
      (result) => {
        setBusy(false);
        if (result.status === 'changed') return onChanged();
        setValues({ current: '', next: '', repeat: '' });
        setField('current');
        if (result.status === 'wrong') setMessage({ kind: 'wrong', triesLeft: result.triesLeft });
        else if (result.status === 'locked') setLockedUntil(Date.now() + result.retryAfterMs);
        else setMessage({ kind: 'error', text: result.problem });
      },
      (err: unknown) => {
        setBusy(false);
        setMessage({ kind: 'error', text: errorMessage(err) });
      },
    );
  }, [busy, field, values, onChanged]);

  return (
    <div className="adm-pin adm-pin--change" data-testid="admin-change-pin">
      <h2 className="adm-pin__title">{t('change.title')}</h2>
      {firstRun && (
        <p className="adm-pin__lead" data-testid="change-first-run">
          {t('change.firstRun')}
        </p>
      )}
      <p className="adm-pin__rules">{t('change.rules')}</p>
      <div className="adm-fields">
        {FIELDS.map((f) => (
          <button
            key={f}
            type="button"
            className={`adm-field${field === f ? ' adm-field--active' : ''}`}
            data-testid={`change-${f}`}
            aria-pressed={field === f}
            onClick={() => setField(f)}
          >
            <span className="adm-field__label">{t(`change.${f}`)}</span>
            <PinDots
              length={values[f].length}
              label={t('pin.entered', { count: values[f].length })}
              active={field === f}
            />
          </button>
        ))}
      </div>
      <MessageLine message={message} lockedMs={lockedMs} />
      <Keypad
        onDigit={digit}
        onBack={back}
        onClear={clear}
        onEnter={submit}
        disabled={busy || lockedMs !== null}
        enterLabel={field === 'repeat' ? t('change.save') : t('change.continue')}
      />
    </div>
  );
}
