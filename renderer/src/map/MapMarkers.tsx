/**
 * The markers on the district map: a pin (one enterprise) and a cluster (nearby pins merged, with
 * their count). Both keep their px size whatever the zoom (district-map__keep-size) and take a tap
 * as their own, not the district's under them.
 */
import type { MouseEvent } from 'react';
import { LABEL_PX, PIN_PX } from './map-sizes';
import type { XY } from './zoom';

const own = (onTap: () => void) => (ev: MouseEvent) => {
  ev.stopPropagation();
  onTap();
};

export function PinMarker({
  id,
  at,
  unit,
  active,
  shown,
  label,
  onTap,
}: {
  id: string;
  at: XY;
  /** ViewBox units per CSS px. */
  unit: number;
  active: boolean;
  /** False: dimmed, out of the filter. */
  shown: boolean;
  label: string;
  onTap: () => void;
}) {
  return (
    <g transform={`translate(${at[0]} ${at[1]})`}>
      <g className="district-map__keep-size">
        <g
          className={`map-pin${active ? ' is-active' : ''}${shown ? '' : ' is-dimmed'}`}
          data-testid={`map-pin-${id}`}
          role="button"
          aria-label={label}
          aria-hidden={!shown}
          onClick={own(onTap)}
        >
          <circle className="map-pin__hit" r={PIN_PX * unit} />
          <circle className="map-pin__halo" r={PIN_PX * 0.72 * unit} />
          <circle className="map-pin__dot" r={PIN_PX * 0.42 * unit} />
        </g>
      </g>
    </g>
  );
}

export function ClusterMarker({
  id,
  at,
  count,
  unit,
  lang,
  label,
  onTap,
}: {
  id: number;
  at: XY;
  count: number;
  unit: number;
  /** The language the count is written in. */
  lang: string;
  label: string;
  onTap: () => void;
}) {
  const r = PIN_PX * (0.7 + 0.15 * Math.log10(count)) * unit;
  return (
    <g transform={`translate(${at[0]} ${at[1]})`}>
      <g className="district-map__keep-size">
        <g
          className="map-cluster"
          data-testid={`map-cluster-${id}`}
          data-count={count}
          role="button"
          aria-label={label}
          onClick={own(onTap)}
        >
          <circle className="map-cluster__halo" r={r * 1.2} />
          <circle className="map-cluster__dot" r={r} />
          <text
            className="map-cluster__count"
            fontSize={LABEL_PX * 0.95 * unit}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {count.toLocaleString(lang)}
          </text>
        </g>
      </g>
    </g>
  );
}
