/**
 * A map picker for the pack's MapPoint fields (a park's or an enterprise's `location`): staff click
 * on the pack's own map, or choose a district (its label's point, inside it). Either is one edit,
 * saved as approximate unless staff have unticked "approximate" on this position.
 */
import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../form-model';
import { useForm, usePackValue } from '../../form-context';
import type { Path } from '../../pack-path';
import './map-point.css';

type XY = [number, number];
interface MapDistrict {
  district: string;
  path: string;
  labelAt: XY;
}

const asRecord = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The MapPoint shape: an object of x, y and approximate. */
export function isMapPoint(type: FieldType): boolean {
  if (type.kind !== 'object') return false;
  const keys = new Set(type.fields.map((f) => f.key));
  return keys.has('x') && keys.has('y') && keys.has('approximate');
}

export function MapPointPicker({ path, value }: { path: Path; value: unknown }) {
  const { t } = useTranslation('studio');
  const form = useForm();
  const selectId = useId();
  // Selected, not read: the picker follows the map, the districts and its item's district as they change.
  const map = asRecord(usePackValue(['map']));
  const own = usePackValue([...path.slice(0, -1), 'district']);
  const districtList = usePackValue(['districts']);
  const viewBox = Array.isArray(map.viewBox) ? (map.viewBox as XY) : null;
  const districts = (Array.isArray(map.districts) ? map.districts : []) as MapDistrict[];
  if (!viewBox || districts.length === 0) return <p className="map-point__none">{t('boundary.mapPoint.noMap')}</p>;

  const point = asRecord(value);
  const at: XY | null = typeof point.x === 'number' && typeof point.y === 'number' ? [point.x, point.y] : null;
  // The item this position belongs to (a park or an enterprise) may name its district.
  const names = new Map(
    (Array.isArray(districtList) ? (districtList as unknown[]) : []).map((d) => {
      const r = asRecord(d);
      const name = asRecord(r.name);
      return [String(r.id), String(name[form.uiLanguage] ?? name['zh-CN'] ?? r.id)];
    }),
  );

  const place = (x: number, y: number) =>
    form.structure(path, { ...point, x: round1(x), y: round1(y), approximate: point.approximate !== false });

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const svg = e.currentTarget;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    place(p.x, p.y);
  };

  const [w, h] = viewBox;
  const r = Math.max(4, w / 80);
  return (
    <div className="map-point" data-testid={`map-point-${path.join('.')}`}>
      <p className="field__help">{t('boundary.mapPoint.help')}</p>
      <svg
        className="map-point__map"
        viewBox={`0 0 ${w} ${h}`}
        role="img"
        aria-label={t('boundary.mapPoint.map')}
        data-testid="map-point-map"
        onClick={onClick}
      >
        {districts.map((d) => (
          <path
            key={d.district}
            d={d.path}
            className={d.district === own ? 'map-point__district map-point__district--own' : 'map-point__district'}
          />
        ))}
        {at && (
          <circle
            cx={at[0]}
            cy={at[1]}
            r={r}
            className={point.approximate === false ? 'map-point__pin' : 'map-point__pin map-point__pin--approximate'}
            data-testid="map-point-pin"
          />
        )}
      </svg>
      <label className="map-point__by-district" htmlFor={selectId}>
        {t('boundary.mapPoint.byDistrict')}
        <select
          id={selectId}
          value=""
          data-testid="map-point-district"
          onChange={(e) => {
            const d = districts.find((x) => x.district === e.target.value);
            if (d) form.structure(path, { ...point, x: d.labelAt[0], y: d.labelAt[1], approximate: true });
          }}
        >
          <option value="">{t('boundary.mapPoint.chooseDistrict')}</option>
          {districts.map((d) => (
            <option key={d.district} value={d.district}>
              {names.get(d.district) ?? d.district}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
