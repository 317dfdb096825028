/**
 * The studio's editing screen: the pack's sections, the items of the chosen one, the form of the
 * chosen item, its problems, and the kiosk's preview of it.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioDraft } from '../../../main/contract/studio';
import { formatPath, type PackIssue } from '../../../main/core/pack/pack-issue';
import { useStoreSelector, type EditorState, type EditorStore } from './editor-store';
import { useFieldLabel } from './field-parts';
import { FieldView } from './Fields';
import { FormContext, useForm, type FormContextValue } from './form-context';
import { formModel, itemFields, type FieldSpec } from './form-model';
import { addItem, duplicateItem, itemLabel, moveItem, removeItem } from './items';
import { ItemList } from './ItemList';
import { getAt, parsePath, type Path } from './pack-path';
import { Preview } from './Preview';
import { previewRoute } from './preview-route';
import { ProblemsPanel } from './ProblemsPanel';
import { SearchBox } from './SearchBox';
import { Toolbar } from './Toolbar';
import { useDraft } from './useDraft';
import './editor.css';

// What the first editable form does not need loads after it (the boundary import alone carries
// pinyin's dictionary): chunks of their own.
const BoundaryImportButton = lazy(() =>
  import('./import/boundary/BoundaryImport').then((m) => ({ default: m.BoundaryImportButton })),
);
const SheetImport = lazy(() => import('./import/sheet/SheetImport').then((m) => ({ default: m.SheetImport })));
const PublishDialog = lazy(() => import('./PublishDialog').then((m) => ({ default: m.PublishDialog })));

/** The pack's languages (zh-CN and en first), as one string: the same while they stay. */
function languagesKeyOf(pack: unknown): string {
  const langs = getAt(pack, ['pack', 'languages']);
  const list = Array.isArray(langs) ? langs.filter((l): l is string => typeof l === 'string' && l.length >= 2) : [];
  return [...new Set(['zh-CN', 'en', ...list])].join('\u0000');
}

const listAt = (pack: unknown, key: string): unknown[] => {
  const value = getAt(pack, [key]);
  return Array.isArray(value) ? value : [];
};

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((i) => b.has(i));

/** Indexes of a section's items with an error. */
function itemsWithErrorsIn(state: EditorState, key: string): Set<number> {
  const set = new Set<number>();
  for (const issue of state.issues) {
    if (issue.severity !== 'error') continue;
    const [s, i] = parsePath(issue.path);
    if (s === key && typeof i === 'number') set.add(i);
  }
  return set;
}

interface Selection {
  section: string;
  index?: number;
}

export function Editor({
  draft,
  restoredAt,
  folderDialog,
  onOpenOther,
}: {
  draft: StudioDraft;
  /** When the draft was saved last, if the page opened on it (restored), else null. */
  restoredAt: string | null;
  /** The server shows a folder dialog for save to folder (Electron): no path to ask for. */
  folderDialog: boolean;
  onOpenOther: () => void;
}) {
  const { t, i18n } = useTranslation('studio');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const label = useFieldLabel();
  const editor = useDraft(draft);
  const { store, dispatch } = editor;
  const model = useMemo(() => formModel(), []);
  const [selection, setSelection] = useState<Selection>({ section: 'city' });
  const [focused, setFocused] = useState<Path>(['city']);
  const [onlyUntranslated, setOnlyUntranslated] = useState(false);
  // A field to focus once the form shows it (after a jump or an add).
  const pendingFocus = useRef<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusAfterRender = useCallback((path: Path) => {
    pendingFocus.current = formatPath(path);
    setFocusRequest((n) => n + 1);
  }, []);
  const [publishing, setPublishing] = useState(false);

  // The same array while the pack's languages stay (not a new one at every keystroke).
  const languagesKey = useStoreSelector(store, 'languages', (s) => languagesKeyOf(s.history.present));
  const languages = useMemo(() => languagesKey.split('\u0000'), [languagesKey]);

  const section = model.sections.find((s) => s.key === selection.section) ?? model.sections[0]!;
  const isList = section.type.kind === 'list';
  const sectionKey = section.key;
  const listLength = useStoreSelector(
    store,
    `length:${sectionKey}`,
    (s) => listAt(s.history.present, sectionKey).length,
  );
  const index = isList && selection.index !== undefined && selection.index < listLength ? selection.index : undefined;

  const edit = useCallback(
    (path: Path, value: unknown) => dispatch({ type: 'edit', path, value, at: performance.now() }),
    [dispatch],
  );
  const structure = useCallback(
    (path: Path, value: unknown) => dispatch({ type: 'structure', path, value }),
    [dispatch],
  );
  const form: FormContextValue = useMemo(
    () => ({
      store,
      get pack() {
        return store.present;
      },
      languages,
      uiLanguage,
      onlyUntranslated,
      edit,
      structure,
      focus: (path: Path) => {
        setFocused(path);
        dispatch({ type: 'checkpoint' });
      },
    }),
    [store, languages, uiLanguage, onlyUntranslated, edit, structure, dispatch],
  );

  // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo: everywhere on the page, text fields included
  // (the browser's own undo of a field would bypass the draft's history).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z') dispatch({ type: e.shiftKey ? 'redo' : 'undo' });
      else if (key === 'y') dispatch({ type: 'redo' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  /** Opens the item a path is in and focuses the field (or the nearest one shown). */
  const jump = useCallback(
    (path: Path) => {
      const [sectionKey, second] = path;
      if (typeof sectionKey !== 'string') return;
      const target = model.sections.find((s) => s.key === sectionKey);
      if (!target) return;
      setSelection({
        section: sectionKey,
        index: target.type.kind === 'list' && typeof second === 'number' ? second : undefined,
      });
      setOnlyUntranslated(false);
      setFocused(path);
      focusAfterRender(path);
    },
    [model, focusAfterRender],
  );
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const path = parsePath(pendingFocus.current);
    pendingFocus.current = null;
    for (let n = path.length; n > 0; n--) {
      const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(formatPath(path.slice(0, n)))}"]`);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
        break;
      }
    }
  }, [focusRequest]);

  const describe = useCallback(
    (text: string) => {
      const path = parsePath(text);
      const parts: string[] = [];
      const top = model.sections.find((s) => s.key === path[0]);
      path.forEach((key, i) => {
        if (typeof key === 'number') {
          const item = getAt(store.present, path.slice(0, i + 1));
          parts.push(itemLabel(item, uiLanguage, top && i === 1 ? itemFields(top) : []) || `#${key + 1}`);
        } else parts.push(i > 0 && languages.includes(key) ? key : label(key));
      });
      return parts.join(' › ');
    },
    [model, store, uiLanguage, languages, label],
  );

  const itemsWithErrors = useStoreSelector(
    store,
    `errors:${sectionKey}`,
    (s) => itemsWithErrorsIn(s, sectionKey),
    sameSet,
  );

  // By value: the same screen gives the same strings at every keystroke (the preview posts on change).
  const route = useStoreSelector(store, `route:${formatPath(focused)}`, (s) => {
    const r = previewRoute(s.history.present, focused);
    return r.id ? `${r.name}\u0000${r.id}` : r.name;
  });
  const [routeName, routeId] = route.split('\u0000') as [string, string | undefined];

  const selectItem = useCallback(
    (i: number) => {
      setSelection({ section: sectionKey, index: i });
      setFocused([sectionKey, i]);
    },
    [sectionKey],
  );

  const listNow = useCallback(() => listAt(store.present, sectionKey), [store, sectionKey]);
  const moveItemTo = useCallback(
    (from: number, to: number) => {
      structure([sectionKey], moveItem(listNow(), from, to));
      setSelection({ section: sectionKey, index: to });
    },
    [sectionKey, structure, listNow],
  );
  const sectionType = section.type;
  const addToSection = useCallback(() => {
    if (sectionType.kind !== 'list') return;
    const current = listNow();
    structure([sectionKey], addItem(current, sectionType.item, languages));
    setSelection({ section: sectionKey, index: current.length });
    setFocused([sectionKey, current.length]);
    focusAfterRender([sectionKey, current.length, 'id']);
  }, [sectionKey, sectionType, structure, listNow, languages, focusAfterRender]);

  const itemPath: Path = index === undefined ? [section.key] : [section.key, index];
  const fields = itemFields(section);

  return (
    <FormContext.Provider value={form}>
      <div className="studio">
        <Toolbar
          editor={editor}
          restoredAt={restoredAt}
          folderDialog={folderDialog}
          onOpenOther={onOpenOther}
          onPublish={() => setPublishing(true)}
          search={<SearchBox store={store} describe={describe} onJump={jump} />}
          imports={
            <Suspense fallback={null}>
              <SheetImport editor={editor} onImported={(i) => jump(['enterprises', i])} />
            </Suspense>
          }
        />
        <nav className="studio__sections" aria-label={t('sections.title')}>
          <ul>
            {model.sections.map((s) => (
              <li key={s.key}>
                <SectionButton
                  store={store}
                  section={s}
                  current={s.key === section.key}
                  onChoose={() => {
                    setSelection({ section: s.key, index: s.type.kind === 'list' ? 0 : undefined });
                    setFocused([s.key, ...(s.type.kind === 'list' ? [0] : [])]);
                  }}
                />
              </li>
            ))}
          </ul>
          <label className="studio__filter">
            <input
              type="checkbox"
              checked={onlyUntranslated}
              data-testid="only-untranslated"
              onChange={(e) => setOnlyUntranslated(e.target.checked)}
            />
            {t('form.onlyUntranslated')}
          </label>
        </nav>
        {isList && (
          <aside className="studio__items" aria-label={label(section.key)}>
            <h2 className="studio-heading">{label(section.key)}</h2>
            <ItemList
              store={store}
              section={section}
              length={listLength}
              selected={index}
              languages={languages}
              uiLanguage={uiLanguage}
              onlyUntranslated={onlyUntranslated}
              withErrors={itemsWithErrors}
              onSelect={selectItem}
              onMove={moveItemTo}
              onAdd={addToSection}
            />
          </aside>
        )}
        <main className={`studio__form${isList ? '' : ' studio__form--wide'}`} data-testid="form">
          {section.key === 'map' && (
            <Suspense fallback={null}>
              <BoundaryImportButton editor={editor} />
            </Suspense>
          )}
          {isList && index === undefined ? (
            <p className="studio__empty">{listLength > 0 ? t('items.pick') : t('items.empty')}</p>
          ) : (
            <ItemForm
              section={section}
              fields={fields}
              path={itemPath}
              onDuplicate={
                index === undefined
                  ? undefined
                  : () => {
                      structure([section.key], duplicateItem(listNow(), index));
                      setSelection({ section: section.key, index: index + 1 });
                    }
              }
              onDelete={
                index === undefined
                  ? undefined
                  : () => {
                      const list = listNow();
                      structure([section.key], removeItem(list, index));
                      setSelection({ section: section.key, index: Math.min(index, list.length - 2) });
                    }
              }
            />
          )}
        </main>
        <div className="studio__side">
          <Preview store={store} routeName={routeName} routeId={routeId} languages={languages} />
          <ProblemsPanel store={store} describe={describe} onJump={(issue: PackIssue) => jump(parsePath(issue.path))} />
        </div>
        {publishing && (
          <Suspense fallback={null}>
            <PublishDialog
              version={String(getAt(store.present, ['pack', 'version']) ?? '')}
              defaultLanguage={String(getAt(store.present, ['pack', 'defaultLanguage']) ?? '')}
              flush={editor.flush}
              onClose={() => setPublishing(false)}
            />
          </Suspense>
        )}
      </div>
    </FormContext.Provider>
  );
}

/** A section's button: its name, its number of items, and a mark while one has an error. */
function SectionButton({
  store,
  section,
  current,
  onChoose,
}: {
  store: EditorStore;
  section: FieldSpec;
  current: boolean;
  onChoose: () => void;
}) {
  const label = useFieldLabel();
  const key = section.key;
  const count = useStoreSelector(store, `count:${key}`, (s) => {
    const value = getAt(s.history.present, [key]);
    return Array.isArray(value) ? value.length : undefined;
  });
  const hasErrors = useStoreSelector(store, `has-errors:${key}`, (s) =>
    s.issues.some((e) => e.severity === 'error' && parsePath(e.path)[0] === key),
  );
  return (
    <button
      type="button"
      className="section-button"
      aria-current={current || undefined}
      data-testid={`section-${key}`}
      onClick={onChoose}
    >
      <span>{label(key)}</span>
      {count !== undefined && <span className="section-button__count">{count}</span>}
      {hasErrors && <span className="studio-dot studio-dot--error" />}
    </button>
  );
}

function ItemForm({
  section,
  fields,
  path,
  onDuplicate,
  onDelete,
}: {
  section: FieldSpec;
  fields: FieldSpec[];
  path: Path;
  onDuplicate?: () => void;
  onDelete?: () => void;
}) {
  const { t, i18n } = useTranslation('studio');
  const { store } = useForm();
  const label = useFieldLabel();
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  // The title and whether the part is there at all, not the item's every value: typing into a
  // field re-renders that field (and the title when it is the name).
  const [absent, name] = useStoreSelector(
    store,
    `item:${formatPath(path)}:${uiLanguage}`,
    (s) => {
      const value = getAt(s.history.present, path);
      return [value === undefined, onDelete ? itemLabel(value, uiLanguage, fields) : ''] as const;
    },
    (a, b) => a[0] === b[0] && a[1] === b[1],
  );
  const title = name || label(section.key);
  // An optional part of the pack (the future plan, the map) that the pack does not have yet.
  if (absent && !onDelete) return <FieldView spec={section} path={path} />;
  return (
    <>
      <header className="item-form__head">
        <h2 className="studio-heading item-form__title" data-testid="item-title">
          {title}
        </h2>
        {onDuplicate && (
          <button type="button" className="studio-button" onClick={onDuplicate} data-testid="duplicate-item">
            {t('items.duplicate')}
          </button>
        )}
        {onDelete && (
          <button
            type="button"
            className="studio-button studio-button--danger"
            onClick={onDelete}
            data-testid="delete-item"
          >
            {t('items.delete')}
          </button>
        )}
      </header>
      <div className="item-form__fields">
        {fields.map((f) => (
          <FieldView key={f.key} spec={f} path={[...path, f.key]} />
        ))}
      </div>
    </>
  );
}
