/**
 * One input per kind of field of the form model: texts in every language side by side, numbers,
 * choices, references to other items (a list of the pack's items), media with a drop zone, nested
 * objects and lists. Every change goes through the form context (undo history, autosave).
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPath, type PackIssue } from '../../../main/core/pack/pack-issue';
import type { Figure } from '../../../main/core/pack/schema';
import { REQUIRED_LANGUAGES } from '../../../main/core/pack/schema-fields';
import { formatFigure } from '../kiosk/format';
import { UI_LANGUAGES } from '../kiosk/i18n';
import { helpText, type FieldSpec, type FieldType } from './form-model';
import { useForm } from './form-context';
import { emptyValue, itemLabel, moveItem, removeItem } from './items';
import { isPictureList, PhotoBatchDrop } from './import/photos/PhotoBatchDrop';
import { MediaInput } from './MediaInput';
import { getAt, type Path } from './pack-path';
import { hasUntranslated, missingLanguages } from './untranslated';

/** A field's name in the UI language: the studio's own word for it, else its key spelled out. */
export function useFieldLabel() {
  const { t } = useTranslation('studio');
  return (key: string) => t(`field.${key}`, { defaultValue: key.replace(/([a-z])([A-Z])/g, '$1 $2') });
}

const fieldId = (path: Path) => `f:${formatPath(path)}`;

function Messages({ issues }: { issues: PackIssue[] | undefined }) {
  if (!issues?.length) return null;
  return (
    <ul className="field__messages">
      {issues.map((issue, i) => (
        <li key={i} className={`field__message field__message--${issue.severity}`} data-testid="field-message">
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

function Help({ spec }: { spec: FieldSpec }) {
  const { uiLanguage } = useForm();
  const text = helpText(spec.help, uiLanguage);
  return text ? <p className="field__help">{text}</p> : null;
}

/** The field, or nothing when the "only untranslated" filter hides it. */
export function FieldView({ spec, path }: { spec: FieldSpec; path: Path }) {
  const form = useForm();
  const value = getAt(form.pack, path);
  if (form.onlyUntranslated && !hasUntranslated(value, spec.type, form.languages)) return null;
  return <FieldBody spec={spec} path={path} value={value} />;
}

function FieldBody({
  spec,
  path,
  value,
  inList = false,
}: {
  spec: FieldSpec;
  path: Path;
  value: unknown;
  /** An item of a list: the list's head names it. */
  inList?: boolean;
}) {
  const label = useFieldLabel();
  const { t } = useTranslation('studio');
  const form = useForm();
  const type = spec.type;
  const key = formatPath(path);
  const issues = form.issues.get(key);

  if (type.kind === 'object') {
    if (value === undefined && !spec.required) {
      return (
        <div className="field field--absent" data-field={key}>
          <button
            type="button"
            className="studio-button studio-button--quiet"
            data-path={key}
            onClick={() => form.structure(path, emptyValue(type, form.languages))}
          >
            {t('form.addOptional', { field: label(spec.key) })}
          </button>
          <Help spec={spec} />
          <Messages issues={issues} />
        </div>
      );
    }
    return (
      <fieldset className={`field field--object${type.figure ? ' field--figure' : ''}`} data-field={key}>
        {!inList && (
          <legend className="field__label" data-path={key} tabIndex={-1}>
            {label(spec.key)}
            {!spec.required && (
              <button type="button" className="studio-link" onClick={() => form.structure(path, undefined)}>
                {t('form.removeOptional')}
              </button>
            )}
          </legend>
        )}
        {!inList && <Help spec={spec} />}
        <Messages issues={issues} />
        {type.figure && <FigureRendering value={value} />}
        <div className={type.figure ? 'field__grid' : 'field__stack'}>
          {type.fields.map((f) => (
            <FieldView key={f.key} spec={f} path={[...path, f.key]} />
          ))}
        </div>
      </fieldset>
    );
  }

  if (type.kind === 'list') return <ListField spec={spec} type={type} path={path} value={value} issues={issues} />;

  if (type.kind === 'localized') return <LocalizedField spec={spec} path={path} value={value} issues={issues} />;

  return (
    <div className="field" data-field={key}>
      <label className="field__label" htmlFor={fieldId(path)}>
        {label(spec.key)}
        {spec.required && <span className="field__required" aria-hidden="true" />}
      </label>
      <Help spec={spec} />
      <ScalarInput type={type} path={path} value={value} required={spec.required} invalid={!!issues?.length} />
      <Messages issues={issues} />
    </div>
  );
}

/** Inputs of one value (text, number, choice, reference, media, tuple). */
function ScalarInput({
  type,
  path,
  value,
  required,
  invalid,
  labelledBy,
}: {
  type: FieldType;
  path: Path;
  value: unknown;
  required: boolean;
  invalid: boolean;
  labelledBy?: string;
}) {
  const form = useForm();
  const { t } = useTranslation('studio');
  const common = {
    id: fieldId(path),
    'data-path': formatPath(path),
    'aria-invalid': invalid || undefined,
    'aria-labelledby': labelledBy,
    onFocus: () => form.focus(path),
  };
  switch (type.kind) {
    case 'number':
      return <NumberInput {...common} value={value} integer={type.integer} onValue={(v) => form.edit(path, v)} />;
    case 'boolean':
      return (
        <input
          {...common}
          type="checkbox"
          className="field__checkbox"
          checked={value === true}
          onChange={(e) => form.edit(path, e.target.checked)}
        />
      );
    case 'enum':
      return (
        <select
          {...common}
          className="field__input"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => form.edit(path, e.target.value || undefined)}
        >
          {(!required || typeof value !== 'string') && <option value="">{t('form.none')}</option>}
          {type.options.map((option) => (
            <option key={option} value={option}>
              {t(`enum.${option}`, { defaultValue: option })}
            </option>
          ))}
        </select>
      );
    case 'reference': {
      const list = getAt(form.pack, [type.list]);
      const items = Array.isArray(list) ? list : [];
      const ids = items.map((item) => (item as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string');
      const current = typeof value === 'string' ? value : '';
      return (
        <select
          {...common}
          className="field__input"
          value={current}
          onChange={(e) => form.edit(path, e.target.value || (required ? '' : undefined))}
        >
          <option value="">{t('form.choose')}</option>
          {current && !ids.includes(current) && <option value={current}>{t('form.unknownId', { id: current })}</option>}
          {items.map((item, i) => {
            const id = (item as { id?: unknown } | null)?.id;
            if (typeof id !== 'string' || !id) return null;
            return (
              <option key={`${id}:${i}`} value={id}>
                {`${itemLabel(item, form.uiLanguage)} (${id})`}
              </option>
            );
          })}
        </select>
      );
    }
    case 'media':
      return (
        <MediaInput
          {...common}
          path={path}
          value={typeof value === 'string' ? value : ''}
          onValue={(v) => form.edit(path, v || (required ? '' : undefined))}
        />
      );
    case 'tuple':
      return (
        <span className="field__tuple">
          {type.items.map((item, i) => (
            <ScalarInput
              key={i}
              type={item}
              path={[...path, i]}
              value={Array.isArray(value) ? value[i] : undefined}
              required
              invalid={invalid}
              labelledBy={labelledBy}
            />
          ))}
        </span>
      );
    default: {
      const inputType = type.kind === 'text' && type.format === 'email' ? 'email' : 'text';
      return (
        <input
          {...common}
          type={inputType}
          className="field__input"
          spellCheck={type.kind === 'text' && !type.format}
          value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          onChange={(e) => form.edit(path, e.target.value === '' && !required ? undefined : e.target.value)}
        />
      );
    }
  }
}

/**
 * A number as staff type it: the text stays as typed while it is not a number yet ("1e", "-"),
 * the pack gets the number once it is one; empty removes it (the checks then say it is required).
 */
function NumberInput({
  value,
  integer,
  onValue,
  ...rest
}: {
  value: unknown;
  integer: boolean;
  onValue: (value: number | undefined | string) => void;
  id: string;
  'data-path': string;
  onFocus: () => void;
}) {
  const shown = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  return (
    <input
      {...rest}
      type="text"
      inputMode={integer ? 'numeric' : 'decimal'}
      className="field__input field__input--number"
      value={shown}
      onChange={(e) => {
        const text = e.target.value.trim();
        const n = Number(text);
        onValue(text === '' ? undefined : Number.isFinite(n) && /^-?[\d.]+(e[+-]?\d+)?$/i.test(text) ? n : text);
      }}
    />
  );
}

function LocalizedField({
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
          const langIssues = form.issues.get(formatPath(langPath));
          const untranslated = missing.has(lang);
          return (
            <div key={lang} className={`field__language${untranslated ? ' field__language--untranslated' : ''}`}>
              <span className="field__language-name" id={`${labelId}-${lang}`}>
                {lang}
                {untranslated && <span className="studio-badge studio-badge--warning">{t('form.untranslated')}</span>}
              </span>
              <textarea
                id={fieldId(langPath)}
                data-path={formatPath(langPath)}
                className="field__input field__textarea"
                aria-labelledby={`${labelId} ${labelId}-${lang}`}
                aria-invalid={!!langIssues?.length || undefined}
                lang={lang}
                rows={spec.key === 'summary' || spec.key === 'intro' || spec.key === 'description' ? 3 : 1}
                value={typeof text[lang] === 'string' ? (text[lang] as string) : ''}
                onFocus={() => form.focus(langPath)}
                onChange={(e) => {
                  const next: Record<string, unknown> = { ...text, [lang]: e.target.value };
                  // A language beyond zh-CN and en emptied is untranslated (absent), not an empty text.
                  if (e.target.value === '' && !(REQUIRED_LANGUAGES as readonly string[]).includes(lang))
                    delete next[lang];
                  // An optional text emptied in every language is removed, not left as empty strings.
                  const empty = Object.values(next).every((v) => typeof v !== 'string' || v === '');
                  form.edit(path, empty && !spec.required ? undefined : next);
                }}
              />
              <Messages issues={langIssues} />
            </div>
          );
        })}
      </div>
      {absent && !spec.required && <p className="field__help">{t('form.optionalEmpty')}</p>}
      <Messages issues={issues} />
    </div>
  );
}

/** The figure as the kiosk shows it, in each of the pack's languages the kiosk speaks. */
function FigureRendering({ value }: { value: unknown }) {
  const form = useForm();
  const { t } = useTranslation('studio');
  const figure = value as Partial<Figure> | undefined;
  if (!figure || typeof figure.value !== 'number' || typeof figure.unit !== 'string') {
    return <p className="figure-rendering figure-rendering--empty">{t('form.figureIncomplete')}</p>;
  }
  const langs = form.languages.filter((l) => UI_LANGUAGES.includes(l));
  return (
    <p className="figure-rendering" data-testid="figure-rendering">
      <span className="figure-rendering__caption">{t('form.kioskShows')}</span>
      {langs.map((lang) => {
        let shown = '';
        try {
          shown = formatFigure(figure as Figure, lang);
        } catch {
          shown = '—';
        }
        return (
          <span key={lang} className="figure-rendering__value" lang={lang}>
            {shown}
          </span>
        );
      })}
    </p>
  );
}

function ListField({
  spec,
  type,
  path,
  value,
  issues,
}: {
  spec: FieldSpec;
  type: Extract<FieldType, { kind: 'list' }>;
  path: Path;
  value: unknown;
  issues: PackIssue[] | undefined;
}) {
  const form = useForm();
  const label = useFieldLabel();
  const { t } = useTranslation('studio');
  const labelId = useId();
  const list = Array.isArray(value) ? value : [];
  const key = formatPath(path);
  const item = type.item;
  const nested = item.kind === 'object';
  const add = () => form.structure(path, [...list, emptyValue(item, form.languages)]);
  const controls = (i: number): ReactNode => (
    <span className="list__controls">
      <button
        type="button"
        className="studio-icon-button"
        aria-label={t('list.moveUp')}
        title={t('list.moveUp')}
        disabled={i === 0}
        onClick={() => form.structure(path, moveItem(list, i, i - 1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="studio-icon-button"
        aria-label={t('list.moveDown')}
        title={t('list.moveDown')}
        disabled={i === list.length - 1}
        onClick={() => form.structure(path, moveItem(list, i, i + 1))}
      >
        ↓
      </button>
      <button
        type="button"
        className="studio-icon-button studio-icon-button--danger"
        aria-label={t('list.remove')}
        title={t('list.remove')}
        onClick={() => form.structure(path, removeItem(list, i))}
      >
        ×
      </button>
    </span>
  );
  return (
    <fieldset className="field field--list" data-field={key}>
      <legend className="field__label" id={labelId} data-path={key} tabIndex={-1}>
        {label(spec.key)}
        <span className="field__count">{list.length}</span>
      </legend>
      <Help spec={spec} />
      <Messages issues={issues} />
      <ol className={`list${nested ? ' list--nested' : ''}`}>
        {list.map((entry, i) => {
          const itemPath = [...path, i];
          if (form.onlyUntranslated && !hasUntranslated(entry, item, form.languages)) return null;
          if (item.kind === 'object') {
            return (
              <li key={i} className="list__item list__item--object">
                <div className="list__item-head">
                  <span className="list__item-title">{`${i + 1}. ${itemLabel(entry, form.uiLanguage, item.fields)}`}</span>
                  {controls(i)}
                </div>
                <FieldBody
                  spec={{ key: spec.key, help: {}, required: true, type: item }}
                  path={itemPath}
                  value={entry}
                  inList
                />
              </li>
            );
          }
          if (item.kind === 'localized') {
            return (
              <li key={i} className="list__item">
                <LocalizedField
                  spec={{ key: spec.key, help: {}, required: true, type: item }}
                  path={itemPath}
                  value={entry}
                  issues={form.issues.get(formatPath(itemPath))}
                />
                {controls(i)}
              </li>
            );
          }
          const itemIssues = form.issues.get(formatPath(itemPath));
          return (
            <li key={i} className="list__item list__item--inline">
              <ScalarInput
                type={item}
                path={itemPath}
                value={entry}
                required
                invalid={!!itemIssues?.length}
                labelledBy={labelId}
              />
              {controls(i)}
              <Messages issues={itemIssues} />
            </li>
          );
        })}
      </ol>
      {isPictureList(item) && <PhotoBatchDrop path={path} list={list} item={item} />}
      <button type="button" className="studio-button studio-button--quiet" onClick={add}>
        {t('list.add', { field: label(spec.key) })}
      </button>
    </fieldset>
  );
}
