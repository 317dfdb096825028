/**
 * The short form of the interest sheet: name, organisation, e-mail or phone, country and one line,
 * typed on the on-screen keyboard, with the pack's consent text and an explicit tick. Checked here
 * as it is filled in (the shapes main checks again), saved sealed by the main process.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmailOrPhone, LEAD_FIELD_MAX } from '../../../main/contract/lead-shapes';
import type { LocalizedText } from '../../../main/core/pack/schema';
import type { InterestItem } from '../kiosk/interest';
import { kiosk } from '../kiosk/kiosk-client';
import { useText } from '../kiosk/store';
import { TapButton } from '../ui/TapButton';
import { OnScreenKeyboard } from '../ui/OnScreenKeyboard';

const FIELDS = ['name', 'organisation', 'contact', 'country', 'message'] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: ReadonlySet<Field> = new Set(['name', 'contact']);

type Problem = 'name' | 'contact' | 'consent' | 'failed';

export function LeadForm({
  item,
  reference,
  consent,
  onSent,
}: {
  item: InterestItem;
  reference: string;
  consent: LocalizedText;
  onSent: () => void;
}) {
  const { t, i18n } = useTranslation();
  const tx = useText();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    organisation: '',
    contact: '',
    country: '',
    message: '',
  });
  const [active, setActive] = useState<Field>('name');
  const [agreed, setAgreed] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);

  const send = async () => {
    const trimmed = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()])) as Record<Field, string>;
    if (!trimmed.name) return setProblem('name');
    if (!isEmailOrPhone(trimmed.contact)) return setProblem('contact');
    if (!agreed) return setProblem('consent');
    setSending(true);
    try {
      await kiosk['leads:submit']({
        item: { kind: item.kind, id: item.id, title: tx(item.title) },
        language: i18n.language,
        reference,
        ...trimmed,
        consent: true,
      });
      onSent();
    } catch {
      setProblem('failed');
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="lead-form" data-testid="lead-form" onSubmit={(e) => e.preventDefault()}>
      <h3 className="lead-form__heading">{t('leads.form.heading')}</h3>
      <div className="lead-form__fields">
        {FIELDS.map((field) => (
          <label key={field} className={`lead-field${active === field ? ' is-active' : ''}`}>
            <span className="lead-field__label">
              {t(`leads.form.${field}`)}
              {!REQUIRED.has(field) && <span className="lead-field__optional"> · {t('leads.form.optional')}</span>}
            </span>
            <input
              className="lead-field__input"
              data-testid={`lead-field-${field}`}
              inputMode="none"
              autoComplete="off"
              spellCheck={false}
              value={values[field]}
              maxLength={LEAD_FIELD_MAX[field]}
              aria-invalid={problem === field}
              onFocus={() => setActive(field)}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
          </label>
        ))}
      </div>
      <label className="lead-consent">
        <input
          type="checkbox"
          data-testid="lead-consent"
          checked={agreed}
          onChange={(e) => {
            setAgreed(e.target.checked);
            setProblem(null);
          }}
        />
        <span>{tx(consent)}</span>
      </label>
      {problem && (
        <p className="lead-form__problem" role="alert" data-testid="lead-problem">
          {t(`leads.form.errors.${problem}`)}
        </p>
      )}
      <TapButton className="lead-form__send" data-testid="lead-send" disabled={sending} onClick={() => void send()}>
        {sending ? t('leads.form.sending') : t('leads.form.send')}
      </TapButton>
      <div className="lead-form__keyboard">
        <OnScreenKeyboard
          layout="email"
          value={values[active]}
          maxLength={LEAD_FIELD_MAX[active]}
          label={t(`leads.form.${active}`)}
          onChange={(value) => {
            setProblem(null);
            setValues((v) => ({ ...v, [active]: value }));
          }}
        />
      </div>
    </form>
  );
}
