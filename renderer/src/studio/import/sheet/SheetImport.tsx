/**
 * "Enterprises from a spreadsheet": the toolbar's entry and a drop of an .xlsx or .csv anywhere on
 * the studio open it. The server reads the file; the preview plans against the draft this page
 * holds; accepting puts every added and updated enterprise into the draft as one undo step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedSheet, SheetMapping } from '../../../../../main/contract/studio-sheet';
import { formModel, type FieldType } from '../../form-model';
import { errorMessage } from '../../studio-api';
import type { DraftEditor } from '../../useDraft';
import { initialMapping, mappingToRemember, type ColumnTarget } from './column-mapping';
import { planImport } from './plan-import';
import { isSheetFile, sheetApi, sheetRefusal } from './sheet-api';
import { SheetPreview } from './SheetPreview';
import './sheet.css';

type State =
  | { step: 'closed' }
  | { step: 'reading'; file: string }
  | { step: 'refused'; message: string }
  | { step: 'preview'; file: File; sheet: ParsedSheet; mapping: ColumnTarget[] };

const enterpriseType = (): FieldType => {
  const section = formModel().sections.find((s) => s.key === 'enterprises');
  if (section?.type.kind !== 'list') throw new Error('the pack schema has no enterprise list');
  return section.type.item;
};

export function SheetImport({ editor, onImported }: { editor: DraftEditor; onImported: (index: number) => void }) {
  const { t } = useTranslation('studio');
  const [state, setState] = useState<State>({ step: 'closed' });
  const picker = useRef<HTMLInputElement>(null);
  const itemType = useMemo(() => enterpriseType(), []);

  const open = useCallback(
    async (file: File, sheetName?: string) => {
      setState({ step: 'reading', file: file.name });
      try {
        const [sheet, remembered] = await Promise.all([
          sheetApi.read(file, file.name, sheetName),
          sheetApi.mapping().catch((): SheetMapping => ({ columns: {} })),
        ]);
        setState({ step: 'preview', file, sheet, mapping: initialMapping(sheet, remembered) });
      } catch (err) {
        const refusal = sheetRefusal(err);
        setState({
          step: 'refused',
          message: refusal ? t(`sheet.refused.${refusal.reason}`, { ...refusal }) : errorMessage(err, t),
        });
      }
    },
    [t],
  );

  // A spreadsheet dropped anywhere on the studio (a media field's own drop zone takes its files first).
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (e: DragEvent) => {
      if (hasFiles(e) && !e.defaultPrevented) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (e.defaultPrevented || !hasFiles(e)) return;
      e.preventDefault();
      const file = [...(e.dataTransfer?.files ?? [])].find((f) => isSheetFile(f.name));
      if (file) void open(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);

  const plan = useMemo(
    () => (state.step === 'preview' ? planImport(editor.present, state.sheet, state.mapping, itemType) : undefined),
    [state, editor.present, itemType],
  );

  const accept = () => {
    if (state.step !== 'preview' || !plan) return;
    editor.dispatch({ type: 'structure', path: ['enterprises'], value: plan.enterprises });
    const remember = mappingToRemember(state.sheet, state.mapping);
    if (Object.keys(remember.columns).length) void sheetApi.remember(remember).catch(() => undefined);
    const first =
      plan.firstAdded ??
      plan.enterprises.findIndex((e) =>
        plan.rows.some((r) => r.kind === 'update' && r.id === (e as { id?: unknown }).id),
      );
    setState({ step: 'closed' });
    if (first >= 0) onImported(first);
  };

  return (
    <>
      <button
        type="button"
        className="studio-button"
        data-testid="sheet-import"
        onClick={() => picker.current?.click()}
      >
        {t('sheet.entry')}
      </button>
      <input
        ref={picker}
        type="file"
        hidden
        accept=".xlsx,.csv"
        data-testid="sheet-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
      {state.step !== 'closed' && (
        <div className="studio-dialog-backdrop">
          <div
            className="studio-dialog sheet-dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="sheet-title"
            data-testid="sheet-dialog"
          >
            <h2 id="sheet-title" className="studio-heading">
              {t('sheet.title')}
            </h2>
            {state.step === 'reading' && <p role="status">{t('sheet.reading', { file: state.file })}</p>}
            {state.step === 'refused' && (
              <p className="studio-alert studio-alert--error" role="alert" data-testid="sheet-refused">
                {state.message}
              </p>
            )}
            {state.step === 'preview' && plan && (
              <SheetPreview
                sheet={state.sheet}
                mapping={state.mapping}
                plan={plan}
                onMap={(column, target) => {
                  const mapping = [...state.mapping];
                  mapping[column] = target;
                  setState({ ...state, mapping });
                }}
                onSheet={(name) => void open(state.file, name)}
              />
            )}
            <div className="studio-dialog__actions">
              <button
                type="button"
                className="studio-button"
                data-testid="sheet-cancel"
                onClick={() => setState({ step: 'closed' })}
              >
                {t('sheet.cancel')}
              </button>
              {state.step === 'preview' && plan && (
                <button
                  type="button"
                  className="studio-button studio-button--primary"
                  data-testid="sheet-accept"
                  disabled={plan.counts.add + plan.counts.update === 0}
                  onClick={accept}
                >
                  {t('sheet.accept', { count: plan.counts.add + plan.counts.update })}
                </button>
              )}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
