/**
 * A section's items: select one to edit it, drag (mouse, or keyboard: space, arrows, space) to
 * reorder, add a new one. Items with an error or an untranslated text are marked.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec, FieldType } from './form-model';
import { itemLabel } from './items';
import { hasUntranslated } from './untranslated';
import './item-list.css';

interface Props {
  section: FieldSpec;
  list: unknown[];
  selected: number | undefined;
  languages: readonly string[];
  uiLanguage: string;
  onlyUntranslated: boolean;
  /** Indexes of items with an error. */
  withErrors: ReadonlySet<number>;
  onSelect: (index: number) => void;
  /** An item dragged from one place to another (the page moves it in the draft as it is now). */
  onMove: (from: number, to: number) => void;
  onAdd: () => void;
}

const sortId = (i: number) => `item-${i}`;
/** A row's height in px (the virtualiser's estimate; rows are one line). */
const ROW_HEIGHT = 34;

/**
 * Typing into an item re-renders the list only when a row would show something else (its label,
 * its marks): a new draft at every keystroke would otherwise re-render every row in view.
 */
export const ItemList = memo(ItemListView, sameRows);

function sameRows(a: Props, b: Props): boolean {
  if (
    a.section !== b.section ||
    a.selected !== b.selected ||
    a.languages !== b.languages ||
    a.uiLanguage !== b.uiLanguage ||
    a.onlyUntranslated !== b.onlyUntranslated ||
    a.onSelect !== b.onSelect ||
    a.onMove !== b.onMove ||
    a.onAdd !== b.onAdd ||
    a.withErrors.size !== b.withErrors.size ||
    [...a.withErrors].some((i) => !b.withErrors.has(i)) ||
    a.list.length !== b.list.length
  ) {
    return false;
  }
  const item = itemType(a.section);
  const fields = item.kind === 'object' ? item.fields : [];
  return a.list.every(
    (entry, i) =>
      entry === b.list[i] ||
      (itemLabel(entry, a.uiLanguage, fields) === itemLabel(b.list[i], b.uiLanguage, fields) &&
        hasUntranslated(entry, item, a.languages) === hasUntranslated(b.list[i], item, b.languages)),
  );
}

const itemType = (section: FieldSpec): FieldType => (section.type.kind === 'list' ? section.type.item : section.type);

function ItemListView(props: Props) {
  const { t } = useTranslation('studio');
  const { section, list, languages, onlyUntranslated } = props;
  const item = itemType(section);
  const fields = item.kind === 'object' ? item.fields : [];
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // Stable ids while the length stays, so that typing into an item does not re-register every row.
  const ids = useMemo(() => Array.from({ length: list.length }, (_, i) => sortId(i)), [list.length]);
  // The rows shown: all, or those with a text waiting for a translation.
  const shown = useMemo(
    () => list.flatMap((entry, i) => (!onlyUntranslated || hasUntranslated(entry, item, languages) ? [i] : [])),
    [list, onlyUntranslated, item, languages],
  );
  // Only the rows in view are rendered: a pack of a thousand enterprises types as fast as one of ten.
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read afresh at every render, memoised nowhere
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const selectedRow = props.selected === undefined ? -1 : shown.indexOf(props.selected);
  useEffect(() => {
    if (selectedRow >= 0) virtual.scrollToIndex(selectedRow, { align: 'auto' });
  }, [selectedRow, virtual]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = Number(String(active.id).slice(5));
    const to = Number(String(over.id).slice(5));
    props.onMove(from, to);
  };
  return (
    <div className="item-list">
      <div className="item-list__scroll" ref={scroller}>
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="item-list__items" data-testid="item-list" style={{ height: virtual.getTotalSize() }}>
              {virtual.getVirtualItems().map((row) => {
                const i = shown[row.index]!;
                const entry = list[i];
                return (
                  <SortableItem
                    key={sortId(i)}
                    id={sortId(i)}
                    top={row.start}
                    label={itemLabel(entry, props.uiLanguage, fields) || t('items.unnamed', { n: i + 1 })}
                    selected={props.selected === i}
                    error={props.withErrors.has(i)}
                    untranslated={onlyUntranslated || hasUntranslated(entry, item, languages)}
                    index={i}
                    onSelect={props.onSelect}
                  />
                );
              })}
            </ol>
          </SortableContext>
        </DndContext>
      </div>
      <button type="button" className="studio-button item-list__add" data-testid="add-item" onClick={props.onAdd}>
        {t('items.add')}
      </button>
    </div>
  );
}

const SortableItem = memo(function SortableItem(props: {
  id: string;
  label: string;
  selected: boolean;
  error: boolean;
  untranslated: boolean;
  /** Where the row sits in the (virtual) list, px. */
  top: number;
  index: number;
  onSelect: (index: number) => void;
}) {
  const { t } = useTranslation('studio');
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: props.id });
  const classes = ['item-list__item'];
  if (props.selected) classes.push('item-list__item--selected');
  if (isDragging) classes.push('item-list__item--dragging');
  return (
    <li
      ref={setNodeRef}
      className={classes.join(' ')}
      style={{ top: props.top, transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        className="item-list__handle"
        aria-label={t('items.drag', { item: props.label })}
        title={t('items.dragHint')}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      <button
        type="button"
        className="item-list__select"
        aria-current={props.selected || undefined}
        onClick={() => props.onSelect(props.index)}
      >
        <span className="item-list__label">{props.label}</span>
        {props.error && <span className="studio-dot studio-dot--error" title={t('items.hasError')} />}
        {props.untranslated && <span className="studio-dot studio-dot--warning" title={t('items.hasUntranslated')} />}
      </button>
    </li>
  );
});
