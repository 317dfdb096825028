// A text in every language of the pack, side by side, each marked when it is untranslated.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPath, type PackIssue } from '../../../main/core/pack/pack-issue';
import { REQUIRED_LANGUAGES } from '../../../main/core/pack/schema-fields';
import { languageNameIn } from '../kiosk/language-names';
import { fieldId, Help, Messages, useFieldLabel } from './field-parts';
import type { FieldSpec } from './form-model';
import { useFieldIssues, useForm } from './form-context';
import type { Path } from './pack-path';
import { missingLanguages } from './untranslated';

export function LocalizedField({
  spec,
  path,
  value,
  issues,
}: {
  spec: FieldSpec;
  path: Path;
  value: unknown;
  issues: PackIssue[] | undefined;
}) {
  const form = useForm();
  const label = useFieldLabel();
  const { t } = useTranslation('studio');
  const labelId = useId();
  const key = formatPath(path);
  const text = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const missing = new Set(missingLanguages(value, form.languages));
  const absent = value === undefined;
  return (
    <div className="field field--localized" data-field={key}>
      <span className="field__label" id={labelId}>
        {label(spec.key)}
        {spec.required && <span className="field__required" aria-hidden="true" />}
      </span>
      <Help spec={spec} />
      <div className="field__languages" style={{ gridTemplateColumns: `repeat(${form.languages.length}, 1fr)` }}>
        {form.languages.map((lang) => {
          const langPath = [...path, lang];
          const untranslated = missing.has(lang);
          return (
            <LanguageInput
              key={lang}
              lang={lang}
              path={langPath}
              labelId={labelId}
              untranslated={untranslated}
              rows={spec.key === 'summary' || spec.key === 'intro' || spec.key === 'description' ? 3 : 1}
              text={typeof text[lang] === 'string' ? (text[lang] as string) : ''}
              onText={(value) => {
                const next: Record<string, unknown> = { ...text, [lang]: value };
                // A language beyond zh-CN and en emptied is untranslated (absent), not an empty text.
                if (value === '' && !(REQUIRED_LANGUAGES as readonly string[]).includes(lang)) delete next[lang];
                // An optional text emptied in every language is removed, not left as empty strings.
                const empty = Object.values(next).every((v) => typeof v !== 'string' || v === '');
                form.edit(path, empty && !spec.required ? undefined : next);
              }}
            />
          );
        })}
      </div>
      {absent && !spec.required && <p className="field__help">{t('form.optionalEmpty')}</p>}
      <Messages issues={issues} />
    </div>
  );
}

/** One language of a text: its name (marked when untranslated), its input, its problems. */
function LanguageInput({
  lang,
  path,
  labelId,
  untranslated,
  rows,
  text,
  onText,
}: {
  lang: string;
  path: Path;
  labelId: string;
  untranslated: boolean;
  rows: number;
  text: string;
  onText: (text: string) => void;
}) {
  const form = useForm();
  const { t, i18n } = useTranslation('studio');
  const key = formatPath(path);
  const langIssues = useFieldIssues(key);
  return (
    <div className={`field__language${untranslated ? ' field__language--untranslated' : ''}`}>
      <span className="field__language-name" id={`${labelId}-${lang}`}>
        {/* The language's name in the studio's language (英语 in Chinese), not its code. */}
        {languageNameIn(lang, i18n.resolvedLanguage ?? i18n.language)}
        {untranslated && <span className="studio-badge studio-badge--warning">{t('form.untranslated')}</span>}
      </span>
      <textarea
        id={fieldId(path)}
        data-path={key}
        className="field__input field__textarea"
        aria-labelledby={`${labelId} ${labelId}-${lang}`}
        aria-invalid={!!langIssues?.length || undefined}
        lang={lang}
        rows={rows}
        value={text}
        onFocus={() => form.focus(path)}
        onChange={(e) => onText(e.target.value)}
      />
      <Messages issues={langIssues} />
    </div>
  );
}
