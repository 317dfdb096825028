/// <reference types="vite/client" />

/** The characters of the kiosk's cut of its typeface (vite.config.ts, scripts/kiosk-font.ts). */
declare module 'virtual:kiosk-font-coverage' {
  const characters: string;
  export default characters;
}
