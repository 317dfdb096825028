/**
 * The city's districts as an animated SVG map: the outline draws itself, districts fade in, pins
 * drop. Districts are tinted by how many of the shown enterprises they hold (a cross-fade of
 * opacity), tapping one zooms into it (a transform on a <g>), drag pans, two fingers pinch.
 */
import { motion, useReducedMotionConfig, useTransform } from 'framer-motion';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityMap, District } from '../../../main/core/pack/schema';
import { useLanguage, useText } from '../app/store';
import {
  heatOpacity,
  IDENTITY,
  pinOffsets,
  visibleLabels,
  zoomToBox,
  type Box,
  type PlacedEnterprise,
  type XY,
} from './layout';
import { useZoomPan } from './useZoomPan';

/** Pin and label sizes in CSS px at 1 rem = 16 px (they scale with the rem), whatever the zoom. */
const PIN_PX = 26;
const LABEL_PX = 17;
/** Pins start dropping in after the districts (s), all of them within PIN_STAGGER_S. */
const PIN_DELAY_S = 1.2;
const PIN_STAGGER_S = 1.4;

export interface DistrictMapProps {
  map: CityMap;
  districts: District[];
  placed: PlacedEnterprise[];
  counts: Map<string, number>;
  cluster?: string;
  selected: string | null;
  activePin: string | null;
  onSelect: (district: string | null) => void;
  onPin: (enterprise: string) => void;
  /** What the map is, for screen readers. */
  label: string;
}

export function DistrictMap({
  map,
  districts,
  placed,
  counts,
  cluster,
  selected,
  activePin,
  onSelect,
  onPin,
  label,
}: DistrictMapProps) {
  const { t } = useTranslation('maps');
  const { lang } = useLanguage();
  const tx = useText();
  const reduced = useReducedMotionConfig();
  const svgRef = useRef<SVGSVGElement>(null);
  const view = map.viewBox as XY;
  const zp = useZoomPan(svgRef, view);
  const [boxes, setBoxes] = useState<Record<string, Box>>({});
  const [pxPerUnit, setPxPerUnit] = useState(1);
  const names = useMemo(() => new Map(districts.map((d) => [d.id, d])), [districts]);

  // Measure each district (for zooming) and the SVG's size (for pins and labels of a fixed px size).
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const measured: Record<string, Box> = {};
    svg.querySelectorAll<SVGPathElement>('path[data-district]').forEach((p) => {
      const b = p.getBBox();
      measured[p.dataset.district!] = { x: b.x, y: b.y, width: b.width, height: b.height };
    });
    setBoxes(measured);
    const measure = () => {
      const r = svg.getBoundingClientRect();
      // Pins and labels follow the root font size (1 rem = 16 px at 1080p, 32 px at 2160p).
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      if (r.width > 0) setPxPerUnit(Math.min(r.width / view[0], r.height / view[1]) / (rem / 16));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(svg);
    return () => ro.disconnect();
  }, [map, view]);

  // Zoom into the selected district, or back out.
  const box = selected ? boxes[selected] : undefined;
  const { zoomTo } = zp;
  useLayoutEffect(() => {
    zoomTo(box ? zoomToBox(box, view, { padding: 0.1, maxScale: 5 }) : IDENTITY);
  }, [box, view, zoomTo]);

  // Labels (a few) keep their size through every frame of a zoom; pins (maybe hundreds) take the
  // scale at rest, and fade out while the map glides (see useZoomPan).
  const inverse = useTransform(zp.scale, (s) => 1 / s);
  const pinInverse = useTransform(zp.restScale, (s) => 1 / s);
  const most = Math.max(0, ...counts.values());
  const unit = 1 / pxPerUnit;
  const zoom = box ? zoomToBox(box, view, { padding: 0.1, maxScale: 5 }).scale : 1;

  // Labels that fit at this zoom (largest districts first); the selected one always shows.
  const shownLabels = useMemo(() => {
    const cjk = /^zh|^ja|^ko/.test(lang);
    const labels = map.districts.map((d) => {
      const name = names.get(d.district);
      const text = name ? tx(name.name) : d.district;
      const em = (LABEL_PX * unit) / zoom;
      const b = boxes[d.district];
      return {
        id: d.district,
        at: d.labelAt as XY,
        width: text.length * em * (cjk ? 1.05 : 0.56) + em,
        height: em * 1.5,
        area: b ? b.width * b.height : 0,
      };
    });
    const ids = visibleLabels(labels);
    if (selected) ids.add(selected);
    return ids;
  }, [map.districts, names, tx, lang, unit, zoom, boxes, selected]);

  // Pins: by location where the pack gives one, else spread around the district's label point.
  const pins = useMemo(() => {
    const labelAt = new Map(map.districts.map((d) => [d.district, d.labelAt as XY]));
    const byDistrict = new Map<string, PlacedEnterprise[]>();
    for (const p of placed) byDistrict.set(p.district, [...(byDistrict.get(p.district) ?? []), p]);
    const out: Array<{ p: PlacedEnterprise; at: XY }> = [];
    for (const [district, list] of byDistrict) {
      const centre = labelAt.get(district);
      if (!centre) continue;
      const loose = list.filter((p) => !p.at);
      const offsets = pinOffsets(loose.length, (PIN_PX * 2.1 * unit) / zoom);
      // Below the label, so the name stays readable.
      const below: XY = [centre[0], centre[1] + (LABEL_PX * 1.6 * unit + PIN_PX * 1.4 * unit) / zoom];
      loose.forEach((p, i) => out.push({ p, at: [below[0] + offsets[i]![0], below[1] + offsets[i]![1]] }));
      list.filter((p) => p.at).forEach((p) => out.push({ p, at: p.at! }));
    }
    return out;
  }, [placed, map.districts, unit, zoom]);

  // Pins drop in one after another within about 1.4 s, however many there are; once in, they answer
  // a filter at once (the entrance's delays would hold every later change back).
  const step = Math.min(0.07, PIN_STAGGER_S / Math.max(1, pins.length));
  const [entered, setEntered] = useState(false);
  useEffect(() => {
    // The last pin's delay, plus time for its spring to settle.
    const done = window.setTimeout(() => setEntered(true), (PIN_DELAY_S + PIN_STAGGER_S + 0.4) * 1000);
    return () => window.clearTimeout(done);
  }, []);
  const pinTransition = (i: number) => {
    if (reduced) return entered ? { duration: 0.3 } : { duration: 0.3, delay: 1 + i * step * 0.7 };
    const spring = { type: 'spring' as const, stiffness: 380, damping: 18 };
    return entered ? spring : { ...spring, delay: PIN_DELAY_S + i * step };
  };

  const enter = (delay: number) =>
    reduced ? { duration: 0.4, delay: delay * 0.3 } : { duration: 0.6, delay, ease: 'easeOut' as const };

  return (
    <svg
      ref={svgRef}
      className="district-map"
      viewBox={`0 0 ${view[0]} ${view[1]}`}
      role="group"
      aria-label={label}
      onPointerDown={zp.onPointerDown}
    >
      <defs>
        <radialGradient id="district-map-glow" cx="50%" cy="50%" r="60%">
          <stop offset="0%" stopColor="rgba(45, 212, 191, 0.16)" />
          <stop offset="100%" stopColor="rgba(45, 212, 191, 0)" />
        </radialGradient>
      </defs>
      {/* Tapping the sea around the city zooms back out. */}
      <rect
        className="district-map__sea"
        x={-view[0]}
        y={-view[1]}
        width={view[0] * 3}
        height={view[1] * 3}
        fill="url(#district-map-glow)"
        onClick={() => !zp.wasGesture() && onSelect(null)}
      />
      <motion.g style={{ x: zp.x, y: zp.y, scale: zp.scale, originX: 0, originY: 0, transformBox: 'view-box' }}>
        {map.districts.map((d, i) => {
          const count = counts.get(d.district) ?? 0;
          const name = names.get(d.district);
          const label = name ? tx(name.name) : d.district;
          const isSelected = selected === d.district;
          const dimmed = selected !== null && !isSelected;
          return (
            <motion.g
              key={d.district}
              initial={{ opacity: 0 }}
              animate={{ opacity: dimmed ? 0.45 : 1 }}
              transition={enter(0.5 + i * 0.06)}
            >
              <path
                data-district={d.district}
                data-testid={`map-district-${d.district}`}
                data-count={count}
                className="district-map__district"
                d={d.path}
                role="button"
                aria-label={label}
                aria-pressed={isSelected}
                onClick={() => !zp.wasGesture() && onSelect(d.district)}
              />
              <motion.path
                className="district-map__heat"
                d={d.path}
                initial={false}
                animate={{ opacity: heatOpacity(count, most) }}
                transition={{ duration: reduced ? 0.2 : 0.6 }}
                pointerEvents="none"
              />
              <motion.path
                className="district-map__selected"
                d={d.path}
                initial={false}
                animate={{ opacity: isSelected ? 1 : 0 }}
                transition={{ duration: 0.3 }}
                pointerEvents="none"
              />
            </motion.g>
          );
        })}
        {map.outline && (
          <motion.path
            className="district-map__outline"
            d={map.outline}
            pointerEvents="none"
            initial={reduced ? { opacity: 0 } : { pathLength: 0, opacity: 1 }}
            animate={reduced ? { opacity: 1 } : { pathLength: 1, opacity: 1 }}
            transition={reduced ? { duration: 0.4 } : { duration: 1.8, ease: 'easeInOut' }}
          />
        )}
        {map.districts.map((d, i) => {
          const name = names.get(d.district);
          const [lx, ly] = d.labelAt as XY;
          return (
            <g key={d.district} transform={`translate(${lx} ${ly})`} pointerEvents="none">
              <motion.g style={{ scale: inverse, originX: 0, originY: 0, transformBox: 'view-box' }}>
                <motion.text
                  className="district-map__label"
                  fontSize={LABEL_PX * unit}
                  textAnchor="middle"
                  dominantBaseline="central"
                  initial={{ opacity: 0 }}
                  animate={{ opacity: shownLabels.has(d.district) ? 1 : 0 }}
                  transition={enter(shownLabels.has(d.district) ? 0.9 + i * 0.05 : 0)}
                >
                  {name ? tx(name.name) : d.district}
                </motion.text>
              </motion.g>
            </g>
          );
        })}
        <motion.g style={{ opacity: zp.markers }}>
          {pins.map(({ p, at }, i) => {
            const e = p.enterprise;
            const shown = !cluster || e.clusters.includes(cluster);
            const districtName = names.get(p.district);
            return (
              <g key={e.id} transform={`translate(${at[0]} ${at[1]})`}>
                <motion.g style={{ scale: pinInverse, originX: 0, originY: 0, transformBox: 'view-box' }}>
                  <motion.g
                    className={activePin === e.id ? 'map-pin is-active' : 'map-pin'}
                    data-testid={`map-pin-${e.id}`}
                    role="button"
                    aria-label={t('map.pinLabel', {
                      name: tx(e.shortName ?? e.name),
                      district: districtName ? tx(districtName.name) : p.district,
                    })}
                    aria-hidden={!shown}
                    initial={reduced ? { opacity: 0 } : { opacity: 0, y: -40 * unit }}
                    animate={{ opacity: shown ? 1 : 0.18, y: 0, scale: shown ? 1 : 0.7 }}
                    transition={pinTransition(i)}
                    style={{ pointerEvents: shown ? 'auto' : 'none' }}
                    onClick={(ev) => {
                      ev.stopPropagation();
                      if (!zp.wasGesture()) onPin(e.id);
                    }}
                  >
                    <circle className="map-pin__hit" r={PIN_PX * unit} />
                    <circle className="map-pin__halo" r={PIN_PX * 0.72 * unit} />
                    <circle className="map-pin__dot" r={PIN_PX * 0.42 * unit} />
                  </motion.g>
                </motion.g>
              </g>
            );
          })}
        </motion.g>
      </motion.g>
    </svg>
  );
}
