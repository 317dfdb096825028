/** Pin and label sizes in CSS px at 1 rem = 16 px (they scale with the rem), whatever the zoom. */
export const PIN_PX = 26;
export const LABEL_PX = 17;
