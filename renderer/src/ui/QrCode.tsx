import { useMemo } from 'react';
import { qrShape } from '../kiosk/qr';

/** A QR code drawn as inline SVG, dark on white with its quiet zone, so any phone reads it. */
export function QrCode({
  value,
  label,
  caption,
  detail,
  testId,
}: {
  /** What the phone opens. */
  value: string;
  /** Accessible name: what scanning it does, in the visitor's language. */
  label: string;
  caption: string;
  /** A line under the caption, e.g. the address itself. */
  detail?: string;
  testId?: string;
}) {
  const { size, path } = useMemo(() => qrShape(value), [value]);
  const quiet = 2;
  const box = size + quiet * 2;
  return (
    <figure className="qr" data-testid={testId} data-qr-value={value}>
      <svg
        className="qr__code"
        role="img"
        aria-label={label}
        viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
        shapeRendering="crispEdges"
      >
        <rect x={-quiet} y={-quiet} width={box} height={box} fill="#ffffff" />
        <path d={path} fill="#0b1e3f" />
      </svg>
      <figcaption className="qr__caption">
        <span className="qr__title">{caption}</span>
        {detail && <span className="qr__detail">{detail}</span>}
      </figcaption>
    </figure>
  );
}
