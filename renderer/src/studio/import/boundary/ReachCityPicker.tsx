/**
 * The world view's reach points from a list of world cities: choosing a city gives the point its
 * place on the world view (projected as the kiosk's world map is) and its name in the pack's
 * languages, in one edit. The id is the city's when the point has none yet.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WORLD_CITIES } from '../../../../../main/core/studio/import/boundary/world-cities';
import { projectOnWorld } from '../../../../../main/core/studio/import/boundary/world-projection';
import { useForm } from '../../form-context';
import type { Path } from '../../pack-path';

const asRecord = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** `map.world.reach[n]`: a reach point of the world view. */
export function isReachPoint(path: Path): boolean {
  return (
    path.length === 4 && path[0] === 'map' && path[1] === 'world' && path[2] === 'reach' && typeof path[3] === 'number'
  );
}

export function ReachCityPicker({ path, value }: { path: Path; value: unknown }) {
  const { t } = useTranslation('studio');
  const form = useForm();
  const selectId = useId();
  const lang = form.uiLanguage as 'zh-CN' | 'en' | 'ja';
  const cities = useMemo(
    () =>
      [...WORLD_CITIES].sort((a, b) =>
        (a.name[lang] ?? a.name.en).localeCompare(b.name[lang] ?? b.name.en, form.uiLanguage),
      ),
    [lang, form.uiLanguage],
  );
  const point = asRecord(value);

  const choose = (id: string) => {
    const city = WORLD_CITIES.find((c) => c.id === id);
    if (!city) return;
    const label = Object.fromEntries(
      form.languages.filter((l): l is keyof typeof city.name => l in city.name).map((l) => [l, city.name[l]]),
    );
    form.structure(path, {
      ...point,
      id: typeof point.id === 'string' && point.id ? point.id : city.id,
      label,
      at: projectOnWorld([city.lon, city.lat]),
    });
  };

  return (
    <label className="map-point__by-district" htmlFor={selectId}>
      {t('boundary.reach.choose')}
      <select id={selectId} value="" data-testid="reach-city" onChange={(e) => choose(e.target.value)}>
        <option value="">{t('boundary.reach.placeholder', { count: WORLD_CITIES.length })}</option>
        {cities.map((c) => (
          <option key={c.id} value={c.id}>
            {lang === 'en' ? c.name.en : `${c.name[lang]} (${c.name.en})`}
          </option>
        ))}
      </select>
    </label>
  );
}
