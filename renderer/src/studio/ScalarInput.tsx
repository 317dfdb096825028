// The input of one value: text, number, choice, reference to another item, media, tuple.
import { useTranslation } from 'react-i18next';
import { formatPath } from '../../../main/core/pack/pack-issue';
import { fieldId } from './field-parts';
import type { FieldType } from './form-model';
import { useForm } from './form-context';
import { itemLabel } from './items';
import { MediaInput } from './MediaInput';
import { useStoreSelector } from './editor-store';
import { getAt, type Path } from './pack-path';

export /** Inputs of one value (text, number, choice, reference, media, tuple). */
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
    case 'reference':
      return <ReferenceInput {...common} path={path} list={type.list} value={value} required={required} />;
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

/** A choice among the ids of one of the pack's lists: re-rendered when that list changes. */
function ReferenceInput({
  list,
  path,
  value,
  required,
  ...rest
}: {
  list: string;
  path: Path;
  value: unknown;
  required: boolean;
  id: string;
  'data-path': string;
  'aria-invalid': true | undefined;
  'aria-labelledby': string | undefined;
  onFocus: () => void;
}) {
  const form = useForm();
  const { t } = useTranslation('studio');
  const items = useStoreSelector(form.store, `list:${list}`, (s) => {
    const found = getAt(s.history.present, [list]);
    return Array.isArray(found) ? found : NO_ITEMS;
  });
  const ids = items.map((item) => (item as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string');
  const current = typeof value === 'string' ? value : '';
  return (
    <select
      {...rest}
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
const NO_ITEMS: unknown[] = [];

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
