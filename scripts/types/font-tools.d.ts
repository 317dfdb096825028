// Types for the two build-time font tools that ship none (only what scripts/kiosk-font.ts uses).

declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}

declare module 'fontverter' {
  type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2';
  export function detectFormat(font: Buffer): Format;
  export function convert(font: Buffer, toFormat: Format, fromFormat?: Format): Promise<Buffer>;
  const fontverter: { detectFormat: typeof detectFormat; convert: typeof convert };
  export default fontverter;
}
