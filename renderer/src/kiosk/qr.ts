/**
 * QR codes made on the kiosk itself (no network): the `qrcode` library's matrix as one SVG path.
 */
import QRCode from 'qrcode';

export interface QrShape {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Path of the dark modules in module units, one horizontal run per segment. */
  path: string;
}

export function qrShape(text: string): QrShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, path };
}

/** What a phone should open: the address as is, an e-mail as mailto:. */
export function qrTarget(kind: 'website' | 'email', value: string): string {
  return kind === 'email' ? `mailto:${value}` : value;
}

/** An address as people read it: no scheme, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
