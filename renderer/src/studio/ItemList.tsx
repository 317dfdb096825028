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
import { useStoreSelector, type EditorState, type EditorStore } from './editor-store';
import type { FieldSpec, FieldType } from './form-model';
import { itemLabel } from './items';
import { hasUntranslated } from './untranslated';
import './item-list.css';

interface Props {
  store: EditorStore;
  section: FieldSpec;
  /** The number of items in the section. */
  length: number;
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

const itemType = (section: FieldSpec): FieldType => (section.type.kind === 'list' ? section.type.item : section.type);

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * What a row shows of an item (its label, whether a text waits for a translation), kept per item
 * object: typing into one item of a thousand works out that one row again, not the thousand.
 */
const rowCache = new WeakMap<object, { for: string; label: string; untranslated: boolean }>();
function rowOf(entry: unknown, item: FieldType, uiLanguage: string, languages: readonly string[]) {
  const context = `${uiLanguage}\u0000${languages.join(',')}`;
  const known = entry && typeof entry === 'object' ? rowCache.get(entry) : undefined;
  if (known && known.for === context) return known;
  const fields = item.kind === 'object' ? item.fields : [];
  const row = {
    for: context,
    label: itemLabel(entry, uiLanguage, fields),
    untranslated: hasUntranslated(entry, item, languages),
  };
  if (entry && typeof entry === 'object') rowCache.set(entry, row);
  return row;
}

const listOf = (state: EditorState, key: string): unknown[] => {
  const value = state.history.present && (state.history.present as Record<string, unknown>)[key];
  return Array.isArray(value) ? value : [];
};

/**
 * The list re-renders when its rows change (number, order of errors, the filter); each row selects
 * its own label, so typing into an item re-renders that row alone.
 */
export const ItemList = memo(ItemListView);

function ItemListView(props: Props) {
  const { t } = useTranslation('studio');
  const { store, section, length, languages, uiLanguage, onlyUntranslated } = props;
  const item = itemType(section);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // Stable ids while the length stays, so that typing into an item does not re-register every row.
  const ids = useMemo(() => Array.from({ length }, (_, i) => sortId(i)), [length]);
  // The rows shown: all, or those with a text waiting for a translation.
  const all = useMemo(() => Array.from({ length }, (_, i) => i), [length]);
  const filtered = useStoreSelector(
    store,
    `untranslated:${section.key}:${onlyUntranslated}:${languages.join(',')}`,
    (s) =>
      onlyUntranslated
        ? listOf(s, section.key).flatMap((entry, i) =>
            rowOf(entry, item, uiLanguage, languages).untranslated ? [i] : [],
          )
        : all,
    sameNumbers,
  );
  const shown = onlyUntranslated ? filtered : all;
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
                return (
                  <SortableItem
                    key={sortId(i)}
                    id={sortId(i)}
                    top={row.start}
                    store={store}
                    sectionKey={section.key}
                    item={item}
                    uiLanguage={uiLanguage}
                    languages={languages}
                    selected={props.selected === i}
                    error={props.withErrors.has(i)}
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
  store: EditorStore;
  sectionKey: string;
  item: FieldType;
  uiLanguage: string;
  languages: readonly string[];
  selected: boolean;
  error: boolean;
  /** Where the row sits in the (virtual) list, px. */
  top: number;
  index: number;
  onSelect: (index: number) => void;
}) {
  const { t } = useTranslation('studio');
  const { store, sectionKey, item, uiLanguage, languages, index } = props;
  const row = useStoreSelector(store, `row:${sectionKey}:${index}:${uiLanguage}:${languages.join(',')}`, (s) =>
    rowOf(listOf(s, sectionKey)[index], item, uiLanguage, languages),
  );
  const label = row.label || t('items.unnamed', { n: index + 1 });
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
        aria-label={t('items.drag', { item: label })}
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
        <span className="item-list__label">{label}</span>
        {props.error && <span className="studio-dot studio-dot--error" title={t('items.hasError')} />}
        {row.untranslated && <span className="studio-dot studio-dot--warning" title={t('items.hasUntranslated')} />}
      </button>
    </li>
  );
});
