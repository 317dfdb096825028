/**
 * Widgets the boundary import adds under fields of the studio's form: a map picker for a MapPoint
 * (a park's or an enterprise's position) and a city list for a reach point of the world view.
 * Fields.tsx asks once per object field; nothing here changes how the fields themselves work.
 */
import type { FieldType } from '../../form-model';
import type { Path } from '../../pack-path';
import { isMapPoint, MapPointPicker } from './MapPointPicker';
import { isReachPoint, ReachCityPicker } from './ReachCityPicker';

export function ObjectFieldWidget({ type, path, value }: { type: FieldType; path: Path; value: unknown }) {
  if (isMapPoint(type)) return <MapPointPicker path={path} value={value} />;
  if (isReachPoint(path)) return <ReachCityPicker path={path} value={value} />;
  return null;
}
