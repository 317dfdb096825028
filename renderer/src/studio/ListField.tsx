// A list field: its entries in order, each with move and remove buttons, and a button to add one.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPath, type PackIssue } from '../../../main/core/pack/pack-issue';
import { Help, Messages, useFieldLabel } from './field-parts';
import { FieldBody } from './Fields';
import { isPictureList, PhotoBatchDrop } from './import/photos/PhotoBatchDrop';
import type { FieldSpec, FieldType } from './form-model';
import { useFieldIssues, useForm } from './form-context';
import { emptyValue, itemLabel, moveItem, removeItem } from './items';
import { LocalizedField } from './LocalizedField';
import type { Path } from './pack-path';
import { ScalarInput } from './ScalarInput';
import { hasUntranslated } from './untranslated';

export function ListField({
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
          return (
            <ListEntry
              key={i}
              spec={spec}
              item={item}
              path={itemPath}
              value={entry}
              labelledBy={labelId}
              controls={controls(i)}
            />
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

/** An entry of a list of texts or of single values, with its own problems. */
function ListEntry({
  spec,
  item,
  path,
  value,
  labelledBy,
  controls,
}: {
  spec: FieldSpec;
  item: FieldType;
  path: Path;
  value: unknown;
  labelledBy: string;
  controls: ReactNode;
}) {
  const issues = useFieldIssues(formatPath(path));
  if (item.kind === 'localized') {
    return (
      <li className="list__item">
        <LocalizedField
          spec={{ key: spec.key, help: {}, required: true, type: item }}
          path={path}
          value={value}
          issues={issues}
        />
        {controls}
      </li>
    );
  }
  return (
    <li className="list__item list__item--inline">
      <ScalarInput type={item} path={path} value={value} required invalid={!!issues?.length} labelledBy={labelledBy} />
      {controls}
      <Messages issues={issues} />
    </li>
  );
}
