/**
 * A screen in the panel's display picker: its number in the list, size and scale, whether it takes
 * touch, in the panel's language ("· 触摸屏", never an English word in a Chinese panel). Not the
 * system's display id: a ten-digit number staff cannot match to a screen.
 */
import type { TFunction } from 'i18next';
import type { PreflightReport } from '../../../main/contract/ipc';

export type DisplayInfo = NonNullable<PreflightReport['displays']>[number];

export function displayLabel(d: DisplayInfo, index: number, t: TFunction<'admin'>): string {
  const vars = { width: d.width, height: d.height, scale: d.scaleFactor, id: index + 1 };
  return d.touch ? t('settings.displayTouch', vars) : t('settings.displayScreen', vars);
}
