/**
 * One input per kind of field of the form model: texts in every language side by side, numbers,
 * choices, references to other items (a list of the pack's items), media with a drop zone, nested
 * objects and lists. Every change goes through the form context (undo history, autosave).
 * This file picks the input for a field's kind; each kind lives in its own file.
 */
import { lazy, memo, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPath } from '../../../main/core/pack/pack-issue';
import { fieldId, Help, Messages, useFieldLabel } from './field-parts';
import { FigureRendering } from './FigureRendering';
import type { FieldSpec } from './form-model';
import { useFieldIssues, useForm, usePackValue } from './form-context';
import { emptyValue } from './items';
import { ListField } from './ListField';
import { LocalizedField } from './LocalizedField';
import { samePath, type Path } from './pack-path';
import { ScalarInput } from './ScalarInput';
import { hasUntranslated } from './untranslated';
import './fields.css';

// The map picker and the world view's city list (d3-geo, a list of cities) load after the first
// form, in a chunk of their own.
const ObjectFieldWidget = lazy(() =>
  import('./import/boundary/field-widgets').then((m) => ({ default: m.ObjectFieldWidget })),
);

/**
 * The field, or nothing when the "only untranslated" filter hides it. Memoised by spec and path
 * (a path is a new array at every render of its parent): the field re-renders when its own value
 * or problems change, not when a field beside it does.
 */
export const FieldView = memo(FieldViewOf, (a, b) => a.spec === b.spec && samePath(a.path, b.path));

function FieldViewOf({ spec, path }: { spec: FieldSpec; path: Path }) {
  const form = useForm();
  const value = usePackValue(path);
  if (form.onlyUntranslated && !hasUntranslated(value, spec.type, form.languages)) return null;
  return <FieldBody spec={spec} path={path} value={value} />;
}

/** A field's body; re-rendered when its value (or its place) changes, e.g. one entry of a list of figures typed into. */
export const FieldBody = memo(
  FieldBodyOf,
  (a, b) =>
    a.value === b.value &&
    a.inList === b.inList &&
    a.spec.key === b.spec.key &&
    a.spec.type === b.spec.type &&
    a.spec.required === b.spec.required &&
    samePath(a.path, b.path),
);

function FieldBodyOf({
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
  const issues = useFieldIssues(key);

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
        <Suspense fallback={null}>
          <ObjectFieldWidget type={type} path={path} value={value} />
        </Suspense>
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
