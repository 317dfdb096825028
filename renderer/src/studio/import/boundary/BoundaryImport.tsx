/**
 * "Import a boundary file": staff choose a GeoJSON or TopoJSON file of the city's districts, pick
 * the properties holding the name and the code, see the projected districts (matched, new, and the
 * pack's districts left without a shape) and accept: one draft edit, which undo takes back whole.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEATURE_ID_KEY, type BoundaryPreview } from '../../../../../main/contract/studio-boundary';
import {
  applyBoundary,
  matchDistricts,
  type DistrictMatch,
  type PackDistrictLike,
} from '../../../../../main/core/studio/import/boundary/apply-boundary';
import { getAt } from '../../pack-path';
import type { DraftEditor } from '../../useDraft';
import { previewBoundary } from './boundary-api';
import './boundary.css';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; file: File }
  | { kind: 'refused'; file: File; message: string; detail: string }
  | { kind: 'preview'; file: File; preview: BoundaryPreview };

const asRecord = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export function BoundaryImportButton({ editor }: { editor: DraftEditor }) {
  const { t } = useTranslation('studio');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="studio-button" data-testid="boundary-open" onClick={() => setOpen(true)}>
        {t('boundary.open')}
      </button>
      {open && <BoundaryImportDialog editor={editor} onClose={() => setOpen(false)} />}
    </>
  );
}

function BoundaryImportDialog({ editor, onClose }: { editor: DraftEditor; onClose: () => void }) {
  const { t, i18n } = useTranslation('studio');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const pack = editor.present;
  const packDistricts = useMemo(() => {
    const list = getAt(pack, ['districts']);
    return (Array.isArray(list) ? list : [])
      .map(asRecord)
      .filter((d) => typeof d.id === 'string') as unknown as PackDistrictLike[];
  }, [pack]);
  const oldAttribution = asRecord(getAt(pack, ['map', 'attribution'])) as Record<string, string>;
  const [attribution, setAttribution] = useState<Record<string, string>>({
    'zh-CN': oldAttribution['zh-CN'] ?? '',
    en: oldAttribution.en ?? '',
  });

  const read = async (file: File, properties: { nameProperty?: string; codeProperty?: string } = {}) => {
    setState({ kind: 'reading', file });
    const answer = await previewBoundary(file, properties);
    if (answer.ok) setState({ kind: 'preview', file, preview: answer.preview });
    else {
      const { reason, feature, limit, message } = answer.refusal;
      const translated = reason
        ? t(`boundary.refused.${reason}`, {
            file: file.name,
            feature: feature === undefined ? '' : feature + 1,
            limit: limit?.toLocaleString(uiLanguage) ?? '',
          })
        : t('boundary.refused.failed', { file: file.name });
      setState({ kind: 'refused', file, message: translated, detail: message });
    }
  };

  const preview = state.kind === 'preview' ? state.preview : null;
  const matching = useMemo(
    () => (preview ? matchDistricts(preview.districts, packDistricts) : null),
    [preview, packDistricts],
  );
  const placed = useMemo(() => {
    let n = 0;
    for (const key of ['parks', 'enterprises']) {
      const list = getAt(pack, [key]);
      if (Array.isArray(list)) n += list.filter((item) => asRecord(item).location !== undefined).length;
    }
    return n;
  }, [pack]);
  const packName = (id: string) => {
    const name = asRecord(packDistricts.find((d) => d.id === id)?.name) as Record<string, string>;
    return name[uiLanguage] ?? name['zh-CN'] ?? name.en ?? id;
  };
  const complete = Boolean(attribution['zh-CN']?.trim() && attribution.en?.trim());

  const accept = () => {
    if (!preview || !matching) return;
    const map = asRecord(getAt(pack, ['map']));
    const keep = asRecord(map.attribution);
    const next = applyBoundary(pack, preview, matching, {
      ...keep,
      'zh-CN': attribution['zh-CN']!.trim(),
      en: attribution.en!.trim(),
    } as Record<string, string>);
    editor.dispatch({ type: 'structure', path: [], value: next });
    onClose();
  };

  const propertyLabel = (key: string) => (key === FEATURE_ID_KEY ? t('boundary.featureId') : key);
  const propertySelect = (which: 'nameProperty' | 'codeProperty') =>
    state.kind === 'preview' &&
    preview && (
      <label className="boundary__field">
        <span>{t(`boundary.${which}`)}</span>
        <select
          data-testid={`boundary-${which}`}
          value={preview[which] ?? ''}
          onChange={(e) =>
            void read(state.file, {
              nameProperty: preview.nameProperty ?? undefined,
              codeProperty: preview.codeProperty ?? undefined,
              [which]: e.target.value || undefined,
            })
          }
        >
          <option value="">{t('boundary.none')}</option>
          {preview.properties.map((p) => (
            <option key={p.key} value={p.key}>
              {`${propertyLabel(p.key)} — ${p.samples.join(', ')}`}
            </option>
          ))}
        </select>
      </label>
    );

  return (
    <div className="studio-dialog-backdrop">
      <div
        className="studio-dialog boundary"
        role="dialog"
        aria-modal="true"
        aria-labelledby="boundary-title"
        data-testid="boundary-dialog"
      >
        <h2 id="boundary-title" className="studio-heading">
          {t('boundary.title')}
        </h2>
        <p>{t('boundary.explain')}</p>
        <label className="boundary__field">
          <span>{t('boundary.choose')}</span>
          <input
            type="file"
            accept=".json,.geojson,.topojson,application/json,application/geo+json"
            data-testid="boundary-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
            }}
          />
        </label>
        {state.kind === 'reading' && <p role="status">{t('boundary.reading', { file: state.file.name })}</p>}
        {state.kind === 'refused' && (
          <div className="studio-alert studio-alert--error" role="alert" data-testid="boundary-refused">
            <p>{state.message}</p>
            <p className="boundary__detail">{t('boundary.detail', { detail: state.detail })}</p>
          </div>
        )}
        {preview && matching && (
          <div className="boundary__body">
            <BoundaryMap preview={preview} matches={matching.districts} />
            <div className="boundary__side">
              <p data-testid="boundary-summary">
                {t('boundary.summary', {
                  file: preview.file,
                  count: preview.districts.length,
                  kept: preview.vertices.kept.toLocaleString(uiLanguage),
                  read: preview.vertices.read.toLocaleString(uiLanguage),
                })}
              </p>
              {preview.rewound > 0 && <p>{t('boundary.rewound', { count: preview.rewound })}</p>}
              {propertySelect('nameProperty')}
              {propertySelect('codeProperty')}
              <ul className="boundary__list" data-testid="boundary-matches">
                {matching.districts.map((m) => {
                  const d = preview.districts[m.index]!;
                  return (
                    <li key={m.index} data-kind={m.kind}>
                      <span className={`boundary__swatch boundary__swatch--${m.kind}`} />
                      {`${d.name || '—'}${d.code ? ` (${d.code})` : ''}`}
                      {' → '}
                      {m.kind === 'new'
                        ? t('boundary.new', { id: m.district })
                        : t(m.kind === 'code' ? 'boundary.byCode' : 'boundary.byName', { name: packName(m.district) })}
                    </li>
                  );
                })}
              </ul>
              {matching.unmatched.length > 0 && (
                <div className="studio-alert" data-testid="boundary-unmatched">
                  <p>{t('boundary.unmatched', { names: matching.unmatched.map(packName).join(', ') })}</p>
                </div>
              )}
              {placed > 0 && <p className="studio-alert">{t('boundary.positions', { count: placed })}</p>}
              <fieldset className="boundary__attribution">
                <legend>{t('boundary.attribution')}</legend>
                {(['zh-CN', 'en'] as const).map((lang) => (
                  <label key={lang} className="boundary__field">
                    <span>{t(`languageName.${lang}`)}</span>
                    <input
                      type="text"
                      value={attribution[lang] ?? ''}
                      data-testid={`boundary-attribution-${lang}`}
                      onChange={(e) => setAttribution((a) => ({ ...a, [lang]: e.target.value }))}
                    />
                  </label>
                ))}
              </fieldset>
            </div>
          </div>
        )}
        <div className="studio-dialog__actions">
          <button type="button" className="studio-button" onClick={onClose}>
            {t('boundary.cancel')}
          </button>
          <button
            type="button"
            className="studio-button studio-button--primary"
            disabled={!preview || !complete}
            title={preview && !complete ? t('boundary.needAttribution') : undefined}
            data-testid="boundary-accept"
            onClick={accept}
          >
            {t('boundary.accept')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** The projected districts as the kiosk will draw them, coloured by how each was matched. */
function BoundaryMap({ preview, matches }: { preview: BoundaryPreview; matches: DistrictMatch[] }) {
  const [w, h] = preview.viewBox;
  const fontSize = Math.max(10, w / 40);
  return (
    <svg className="boundary__map" viewBox={`0 0 ${w} ${h}`} data-testid="boundary-preview" role="img">
      {matches.map((m) => (
        <path key={m.index} d={preview.districts[m.index]!.path} className={`boundary__district--${m.kind}`} />
      ))}
      <path d={preview.outline} className="boundary__outline" />
      {preview.districts.map((d, i) => (
        <text key={i} x={d.labelAt[0]} y={d.labelAt[1]} fontSize={fontSize} className="boundary__label">
          {d.name}
        </text>
      ))}
    </svg>
  );
}
