/**
 * The preview of a spreadsheet import: the sheet read, its columns with the field each holds (an
 * unrecognised one is marked and staff pick its field here), and every row with what it will do:
 * added, updated, unchanged or refused, with each problem's cell and reason. The rows' table is
 * virtual: a sheet of thousands of rows draws those in view (and scrolls through all of them).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHEET_FIELDS, type ParsedSheet } from '../../../../../main/contract/studio-sheet';
import type { ColumnTarget } from './column-mapping';
import type { ImportPlan, PlannedRow, RowProblem } from './plan-import';
import { columnLetter } from './sheet-api';

/** A row of one line, px: the estimate before a row is measured (a refused row with problems is taller). */
const ROW_HEIGHT = 29;

/** i18next reads dots as nesting: a field's label key uses underscores. */
const fieldKey = (field: string) => `sheet.field.${field.replaceAll('.', '_')}`;

export function SheetPreview({
  sheet,
  mapping,
  plan,
  onMap,
  onSheet,
}: {
  sheet: ParsedSheet;
  mapping: readonly ColumnTarget[];
  plan: ImportPlan;
  onMap: (column: number, target: ColumnTarget) => void;
  onSheet: (name: string) => void;
}) {
  const { t } = useTranslation('studio');
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read afresh at every render, memoised nowhere
  const virtual = useVirtualizer({
    count: plan.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const shown = virtual.getVirtualItems();
  // Spacer rows above and below the rows drawn keep the table's height, so the scroll bar is the sheet's.
  const above = shown[0]?.start ?? 0;
  const below = virtual.getTotalSize() - (shown.at(-1)?.end ?? 0);
  const cellName = (column: number | undefined) =>
    column === undefined ? '' : t('sheet.cell', { column: columnLetter(column), header: sheet.headers[column] ?? '' });
  const problemText = (p: RowProblem) =>
    [cellName(p.column), t(`sheet.problem.${p.code}`, { value: p.value ?? '', row: p.otherRow ?? '' })]
      .filter(Boolean)
      .join(t('sheet.separator'));

  return (
    <div className="sheet-preview">
      <p className="sheet-preview__source">
        {t('sheet.source', { file: sheet.file, rows: sheet.rows.length, header: sheet.headerRow })}
        {sheet.emptyRows > 0 && ` ${t('sheet.emptyRows', { count: sheet.emptyRows })}`}
        {sheet.sheets.length > 1 && (
          <label className="sheet-preview__sheet">
            {t('sheet.sheet')}
            <select
              className="field__input"
              value={sheet.sheet}
              onChange={(e) => onSheet(e.target.value)}
              data-testid="sheet-pick"
            >
              {sheet.sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </p>
      <h3 className="sheet-preview__heading">{t('sheet.columns')}</h3>
      <ul className="sheet-columns" data-testid="sheet-columns">
        {sheet.headers.map((header, column) => {
          if (!header.trim()) return null;
          const unknown = sheet.recognised[column] === null;
          return (
            <li
              key={column}
              className={`sheet-columns__item${unknown && mapping[column] === 'ignore' ? ' sheet-columns__item--unknown' : ''}`}
            >
              <label>
                <span className="sheet-columns__header">{cellName(column)}</span>
                <select
                  className="field__input"
                  value={mapping[column] ?? 'ignore'}
                  data-testid={`sheet-map-${columnLetter(column)}`}
                  onChange={(e) => onMap(column, e.target.value as ColumnTarget)}
                >
                  <option value="ignore">{t('sheet.ignore')}</option>
                  {SHEET_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {t(fieldKey(f))}
                    </option>
                  ))}
                </select>
              </label>
              {unknown && mapping[column] === 'ignore' && (
                <span className="sheet-columns__note">{t('sheet.unrecognised')}</span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="sheet-preview__counts" data-testid="sheet-counts">
        {t('sheet.counts', plan.counts)}
      </p>
      <div className="sheet-rows" ref={scroller} data-testid="sheet-rows">
        <table>
          <thead>
            <tr>
              <th>{t('sheet.row')}</th>
              <th>{t('sheet.outcome')}</th>
              <th>{t('sheet.name')}</th>
              <th>{t('sheet.details')}</th>
            </tr>
          </thead>
          <tbody>
            {above > 0 && <tr aria-hidden="true" style={{ height: above }} />}
            {shown.map((v) => {
              const r = plan.rows[v.index]!;
              return (
                <tr
                  key={r.row}
                  ref={virtual.measureElement}
                  data-index={v.index}
                  className={`sheet-rows__row sheet-rows__row--${r.kind}`}
                  data-testid={`sheet-row-${r.row}`}
                  data-kind={r.kind}
                >
                  <td>{r.row}</td>
                  <td>{t(`sheet.kind.${r.kind}`)}</td>
                  <td>{r.name}</td>
                  <td>{details(r)}</td>
                </tr>
              );
            })}
            {below > 0 && <tr aria-hidden="true" style={{ height: below }} />}
          </tbody>
        </table>
      </div>
    </div>
  );

  function details(r: PlannedRow) {
    if (r.kind === 'refused')
      return (
        <ul className="sheet-rows__problems">
          {r.problems.map((p, i) => (
            <li key={i}>{problemText(p)}</li>
          ))}
        </ul>
      );
    if (r.kind === 'unchanged') return '';
    return `${r.id ?? ''}${r.changed.length ? ` · ${r.changed.map((k) => t(`sheet.part.${k}`, { defaultValue: k })).join(t('sheet.listSeparator'))}` : ''}`;
  }
}
