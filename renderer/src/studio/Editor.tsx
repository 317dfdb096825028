/**
 * The studio's editing screen: the pack's sections, the items of the chosen one, the form of the
 * chosen item, its problems, and the kiosk's preview of it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioDraft } from '../../../main/contract/studio';
import { formatPath, type PackIssue } from '../../../main/core/pack/pack-issue';
import { useFieldLabel } from './field-parts';
import { FieldView } from './Fields';
import { FormContext, type FormContextValue } from './form-context';
import { formModel, itemFields, type FieldSpec } from './form-model';
import { addItem, duplicateItem, itemLabel, moveItem, removeItem } from './items';
import { BoundaryImportButton } from './import/boundary/BoundaryImport';
import { ItemList } from './ItemList';
import { getAt, parsePath, type Path } from './pack-path';
import { Preview } from './Preview';
import { previewRoute } from './preview-route';
import { ProblemsPanel } from './ProblemsPanel';
import { issuesByPath } from './problems';
import { PublishDialog } from './PublishDialog';
import { SearchBox } from './SearchBox';
import { Toolbar } from './Toolbar';
import { SheetImport } from './import/sheet/SheetImport';
import { useDraft } from './useDraft';
import './editor.css';

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
  const { present, dispatch } = editor;
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
  const languagesKey = useMemo(() => {
    const langs = getAt(present, ['pack', 'languages']);
    const list = Array.isArray(langs) ? langs.filter((l): l is string => typeof l === 'string' && l.length >= 2) : [];
    return [...new Set(['zh-CN', 'en', ...list])].join('\u0000');
  }, [present]);
  const languages = useMemo(() => languagesKey.split('\u0000'), [languagesKey]);
  // For the item list's handlers, which must not change at every keystroke (the list is memoised).
  const presentRef = useRef(present);
  useLayoutEffect(() => {
    presentRef.current = present;
  }, [present]);
  const issueMap = useMemo(() => issuesByPath(editor.issues), [editor.issues]);
  const errors = editor.issues.filter((i) => i.severity === 'error');

  const section = model.sections.find((s) => s.key === selection.section) ?? model.sections[0]!;
  const isList = section.type.kind === 'list';
  const sectionValue = getAt(present, [section.key]);
  const list = isList && Array.isArray(sectionValue) ? sectionValue : [];
  const index = isList && selection.index !== undefined && selection.index < list.length ? selection.index : undefined;

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
      pack: present,
      languages,
      uiLanguage,
      issues: issueMap,
      onlyUntranslated,
      edit,
      structure,
      focus: (path: Path) => {
        setFocused(path);
        dispatch({ type: 'checkpoint' });
      },
    }),
    [present, languages, uiLanguage, issueMap, onlyUntranslated, edit, structure, dispatch],
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
          const item = getAt(present, path.slice(0, i + 1));
          parts.push(itemLabel(item, uiLanguage, top && i === 1 ? itemFields(top) : []) || `#${key + 1}`);
        } else parts.push(i > 0 && languages.includes(key) ? key : label(key));
      });
      return parts.join(' › ');
    },
    [model, present, uiLanguage, languages, label],
  );

  const itemsWithErrors = useMemo(() => {
    const set = new Set<number>();
    for (const issue of errors) {
      const [s, i] = parsePath(issue.path);
      if (s === section.key && typeof i === 'number') set.add(i);
    }
    return set;
  }, [errors, section.key]);
  const sectionHasErrors = (key: string) => errors.some((e) => parsePath(e.path)[0] === key);

  // By value: the same screen gives the same strings at every keystroke (the preview posts on change).
  const { name: routeName, id: routeId } = useMemo(() => previewRoute(present, focused), [present, focused]);
  const version = getAt(present, ['pack', 'version']);

  const sectionKey = section.key;
  const selectItem = useCallback(
    (i: number) => {
      setSelection({ section: sectionKey, index: i });
      setFocused([sectionKey, i]);
    },
    [sectionKey],
  );

  const listNow = useCallback(() => {
    const value = getAt(presentRef.current, [sectionKey]);
    return Array.isArray(value) ? value : [];
  }, [sectionKey]);
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
          errors={errors.length}
          restoredAt={restoredAt}
          folderDialog={folderDialog}
          onOpenOther={onOpenOther}
          onPublish={() => setPublishing(true)}
          search={<SearchBox pack={present} describe={describe} onJump={jump} />}
          imports={<SheetImport editor={editor} onImported={(i) => jump(['enterprises', i])} />}
        />
        <nav className="studio__sections" aria-label={t('sections.title')}>
          <ul>
            {model.sections.map((s) => {
              const value = getAt(present, [s.key]);
              return (
                <li key={s.key}>
                  <button
                    type="button"
                    className="section-button"
                    aria-current={s.key === section.key || undefined}
                    data-testid={`section-${s.key}`}
                    onClick={() => {
                      setSelection({ section: s.key, index: s.type.kind === 'list' ? 0 : undefined });
                      setFocused([s.key, ...(s.type.kind === 'list' ? [0] : [])]);
                    }}
                  >
                    <span>{label(s.key)}</span>
                    {Array.isArray(value) && <span className="section-button__count">{value.length}</span>}
                    {sectionHasErrors(s.key) && <span className="studio-dot studio-dot--error" />}
                  </button>
                </li>
              );
            })}
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
              section={section}
              list={list}
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
          {section.key === 'map' && <BoundaryImportButton editor={editor} />}
          {isList && index === undefined ? (
            <p className="studio__empty">{list.length ? t('items.pick') : t('items.empty')}</p>
          ) : (
            <ItemForm
              section={section}
              fields={fields}
              path={itemPath}
              value={getAt(present, itemPath)}
              onDuplicate={
                index === undefined
                  ? undefined
                  : () => {
                      structure([section.key], duplicateItem(list, index));
                      setSelection({ section: section.key, index: index + 1 });
                    }
              }
              onDelete={
                index === undefined
                  ? undefined
                  : () => {
                      structure([section.key], removeItem(list, index));
                      setSelection({ section: section.key, index: Math.min(index, list.length - 2) });
                    }
              }
            />
          )}
        </main>
        <div className="studio__side">
          <Preview pack={editor.preview} routeName={routeName} routeId={routeId} languages={languages} />
          <ProblemsPanel
            issues={editor.issues}
            checked={editor.checked}
            describe={describe}
            onJump={(issue: PackIssue) => jump(parsePath(issue.path))}
          />
        </div>
        {publishing && (
          <PublishDialog
            version={typeof version === 'string' ? version : ''}
            flush={editor.flush}
            onClose={() => setPublishing(false)}
          />
        )}
      </div>
    </FormContext.Provider>
  );
}

function ItemForm({
  section,
  fields,
  path,
  value,
  onDuplicate,
  onDelete,
}: {
  section: FieldSpec;
  fields: FieldSpec[];
  path: Path;
  value: unknown;
  onDuplicate?: () => void;
  onDelete?: () => void;
}) {
  const { t, i18n } = useTranslation('studio');
  const label = useFieldLabel();
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const title = onDelete ? itemLabel(value, uiLanguage, fields) || label(section.key) : label(section.key);
  // An optional part of the pack (the future plan, the map) that the pack does not have yet.
  if (value === undefined && !onDelete) return <FieldView spec={section} path={path} />;
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
