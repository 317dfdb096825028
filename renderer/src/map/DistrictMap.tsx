/**
 * The city's districts as an animated SVG map: the outline draws itself, districts fade in, pins
 * drop. Districts are tinted by how many of the shown enterprises they hold (a cross-fade of
 * opacity), tapping one zooms into it, drag pans, two fingers pinch.
 *
 * Two SVGs with the same viewBox, each in a layer (an HTML element): the districts below, the
 * labels and pins above. At rest the zoom is a transform inside the SVGs, painted sharp; while the
 * map glides or follows a finger the layers are composited and take what is left of the zoom as a
 * CSS transform, so a frame moves two rastered layers instead of repainting the SVG (what costs
 * most where the CPU rasterises; see useZoomPan). The markers' layer fades during a zoom (one
 * opacity, composited too) and comes back with the pins and labels at their px size.
 *
 * The entrance animates HTML elements only (the districts' layer fades, the labels' fade, each
 * district's pins drop as one layer), so the compositor runs it; the outline draws itself in a
 * layer of its own until the map is in, then joins the districts' SVG. What changes inside an SVG
 * (a district dimmed around the selected one) changes in one step, not in a fade repainted per frame.
 */
import { motion, useMotionValue, useMotionValueEvent, useReducedMotionConfig, useTransform } from 'framer-motion';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityMap, District, Park } from '../../../main/core/pack/schema';
import { useLanguage, useText } from '../kiosk/store';
import { graphicsTier } from '../kiosk/graphics';
import { afterPaint } from '../kiosk/yield';
import { heatOpacity, visibleLabels, type PlacedEnterprise } from './pin-placement';
import { IDENTITY, zoomToBox, type Box, type XY } from './zoom';
import { useZoomPan } from './useZoomPan';
import { CLUSTER_FROM, clusterPins, type MapMarker, type PinAt } from './pin-clusters';
import { LABEL_PX } from './map-sizes';
import { layoutPins } from './pin-layout';
import { ClusterMarker, PinMarker } from './MapMarkers';

/** A park drawn as a zone: its ring's radius, in CSS px like the pins. */
const ZONE_PX = 80;
/** Pins start dropping in after the districts (s), all of them within PIN_STAGGER_S. */
const PIN_DELAY_S = 1.2;
const PIN_STAGGER_S = 1.4;

export interface DistrictMapProps {
  map: CityMap;
  districts: District[];
  placed: PlacedEnterprise[];
  /** Parks the pack gives a position for, drawn as zones. */
  zones: Array<{ park: Park; at: XY }>;
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
  zones,
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
  // Without a GPU (kiosk/graphics.ts) a recolour is not animated: each frame of it would paint the
  // whole SVG again on the CPU, while touches wait.
  const still = graphicsTier() === 'light';
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const view = map.viewBox as XY;
  const zp = useZoomPan(frameRef, view);
  // The zoom is in viewBox units; the layers move in CSS px: `k` px per unit, from the viewBox's
  // corner in the frame (where the SVG's meet puts it).
  const k = useMotionValue(1);
  // Where the viewBox sits in the frame: px per unit and its corner (the layers' transform origin,
  // and the place of the pins' entrance layers). Until measured (the first commit, before any
  // paint) the map has no pins: drawn at the wrong size they would cost a render and a layout of
  // hundreds of elements only to be drawn again.
  const [fit, setFit] = useState<{ k: number; x: number; y: number } | null>(null);
  const origin = fit ? `${fit.x}px ${fit.y}px` : '0px 0px';
  const layerX = useTransform([zp.layer.x, k], ([x, kk]: number[]) => x! * kk!);
  const layerY = useTransform([zp.layer.y, k], ([y, kk]: number[]) => y! * kk!);
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
    const frame = frameRef.current;
    const measure = () => {
      if (!frame) return;
      // The frame is never transformed: its size is the layout's.
      const w = frame.clientWidth;
      const h = frame.clientHeight;
      if (w === 0) return;
      const px = Math.min(w / view[0], h / view[1]);
      k.set(px);
      setFit({ k: px, x: (w - view[0] * px) / 2, y: (h - view[1] * px) / 2 });
      // Pins and labels follow the root font size (1 rem = 16 px at 1080p, 32 px at 2160p).
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      setPxPerUnit(px / (rem / 16));
    };
    measure();
    const ro = new ResizeObserver(measure);
    if (frame) ro.observe(frame);
    return () => ro.disconnect();
  }, [map, view, k]);

  // Zoom into the selected district, or back out.
  const box = selected ? boxes[selected] : undefined;
  const { zoomTo } = zp;
  useLayoutEffect(() => {
    zoomTo(box ? zoomToBox(box, view, { padding: 0.1, maxScale: 5 }) : IDENTITY);
  }, [box, view, zoomTo]);

  // Labels and pins fade out while the map glides, and take the new scale at rest (see useZoomPan).
  const layer = { x: layerX, y: layerY, scale: zp.layer.scale, transformOrigin: origin };
  const baked = {
    x: zp.baked.x,
    y: zp.baked.y,
    scale: zp.baked.scale,
    originX: 0,
    originY: 0,
    transformBox: 'view-box' as const,
  };
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
    // A zone's name is written above its ring and wins over a district name it would overlap.
    // So does its ring: a district name under the pins would be unreadable.
    const zoneLabels = zones.flatMap(({ park, at }) => {
      const text = tx(park.shortName ?? park.name);
      const em = (LABEL_PX * unit) / zoom;
      const ring = (2 * ZONE_PX * unit) / zoom;
      return [
        {
          id: `park:${park.id}`,
          at: [at[0], at[1] - ((ZONE_PX + LABEL_PX) * unit) / zoom] as XY,
          width: text.length * em * (cjk ? 1.05 : 0.56) + em,
          height: em * 1.5,
          area: Infinity,
        },
        { id: `ring:${park.id}`, at, width: ring, height: ring, area: Infinity },
      ];
    });
    const ids = visibleLabels([...zoneLabels, ...labels]);
    if (selected) ids.add(selected);
    return ids;
  }, [map.districts, zones, names, tx, lang, unit, zoom, boxes, selected]);

  // Thousands of pins (a large city's pack): nearby ones merge into counted clusters that split as
  // the map zooms (pin-clusters.ts); only the filter's pins are drawn. Fewer show one by one.
  const clustered = placed.length >= CLUSTER_FROM;
  const [restScale, setRestScale] = useState(1);

  // Pins grouped by district (pin-layout.ts). On entry each group drops in as one layer, district by
  // district within PIN_STAGGER_S, however many there are: the entrance runs in CSS on HTML layers
  // (district-map.css: the districts fade, the labels fade, each district's pins drop), composited, so a
  // frame of it repaints nothing but the outline drawing itself.
  // Clustered, the layout does not follow the zoom (pin-layout.ts): a district's zoom keeps it,
  // and the clusters built on it, instead of doing both again in the touch's frame (267 ms at 5,000).
  const layoutZoom = clustered ? 1 : zoom;
  const pinGroups = useMemo(
    () => layoutPins(placed, map.districts, { unit, zoom: layoutZoom, clustered, view }),
    [placed, map.districts, unit, layoutZoom, clustered, view],
  );
  const pins = useMemo(() => pinGroups.flatMap((g) => g.group), [pinGroups]);
  const clusters = useMemo(
    () =>
      clustered
        ? clusterPins(
            pins.filter(({ p }) => !cluster || p.enterprise.clusters.includes(cluster)),
            view,
          )
        : null,
    [clustered, pins, cluster, view],
  );
  const markers = useMemo<MapMarker[]>(
    () => (clusters ? clusters.markers(restScale, pxPerUnit) : []),
    [clusters, restScale, pxPerUnit],
  );
  const [entered, setEntered] = useState(false);
  // The pins' layers join a frame after the districts: their raster (hundreds of pins) would
  // otherwise hold back the districts' fade, which starts only once its layer is rasterised. The
  // pins drop in from PIN_DELAY_S anyway.
  const [pinsJoin, setPinsJoin] = useState(false);
  useEffect(() => afterPaint(() => setPinsJoin(true)), []);
  useEffect(() => {
    // The last group's delay, plus time for its drop to settle.
    const done = window.setTimeout(() => setEntered(true), (PIN_DELAY_S + PIN_STAGGER_S + 0.7) * 1000);
    return () => window.clearTimeout(done);
  }, []);
  // The entrance's pin layers are drawn for the whole map at rest: a zoom or a pan ends it.
  useMotionValueEvent(zp.restScale, 'change', () => setEntered(true));
  useMotionValueEvent(zp.baked.x, 'change', () => setEntered(true));
  useMotionValueEvent(zp.baked.y, 'change', () => setEntered(true));
  const pinDelay = (i: number, n: number) => {
    const step = PIN_STAGGER_S / Math.max(1, n);
    return reduced ? 1 + i * step * 0.7 : PIN_DELAY_S + i * step;
  };
  // Pins and labels keep their px size at the scale at rest (one custom property for all of them).
  useMotionValueEvent(zp.restScale, 'change', (s) => {
    frameRef.current?.style.setProperty('--rest', String(1 / s));
    if (clustered) setRestScale(s);
  });

  // The outline: a sharp line over its glow, a wide faint stroke (a blur filter would be redrawn,
  // on the CPU, whenever the layer is painted). The glow is part of the districts from the start;
  // the line comes in over it on entry, then stays still. With a GPU it draws itself; without one
  // (or with reduced motion) its layer fades in instead: the drawing repaints the layer on every
  // frame of its 1.8 s, and on the CPU a touch on a filter meanwhile waited 60-110 ms for those
  // frames instead of 16-32 (docs/PERFORMANCE.md). A fade is the layer's opacity: the compositor's.
  const draws = !still && !reduced;
  const glow = map.outline && <path className="district-map__outline-glow" d={map.outline} pointerEvents="none" />;
  const outline =
    map.outline &&
    (entered || !draws ? (
      <path className="district-map__outline" d={map.outline} pointerEvents="none" />
    ) : (
      <motion.path
        className="district-map__outline"
        d={map.outline}
        pointerEvents="none"
        initial={{ pathLength: 0, opacity: 1 }}
        animate={{ pathLength: 1, opacity: 1 }}
        transition={{ duration: 1.8, ease: 'easeInOut' }}
      />
    ));

  const renderCluster = (m: Extract<MapMarker, { kind: 'cluster' }>) => {
    const districtName = names.get(m.district);
    return (
      <ClusterMarker
        key={`c${m.id}`}
        id={m.id}
        at={m.at}
        count={m.count}
        unit={unit}
        lang={lang}
        label={t('map.clusterLabel', {
          count: m.count,
          district: districtName ? tx(districtName.name) : m.district,
        })}
        onTap={() => {
          if (zp.wasGesture() || !clusters) return;
          zp.zoomTo(zoomToBox(clusters.boxOf(m.id), view, { padding: 0.3, maxScale: 40 }));
        }}
      />
    );
  };

  const renderPin = ({ p, at }: PinAt) => {
    const e = p.enterprise;
    const districtName = p.district ? names.get(p.district) : undefined;
    const where = districtName ? tx(districtName.name) : p.park ? tx(p.park.shortName ?? p.park.name) : '';
    const name = tx(e.shortName ?? e.name);
    return (
      <PinMarker
        key={e.id}
        id={e.id}
        at={at}
        unit={unit}
        active={activePin === e.id}
        shown={!cluster || e.clusters.includes(cluster)}
        label={where ? t('map.pinLabel', { name, district: where }) : name}
        onTap={() => {
          if (!zp.wasGesture()) onPin(e.id);
        }}
      />
    );
  };

  const viewBox = `0 0 ${view[0]} ${view[1]}`;
  return (
    <div
      ref={frameRef}
      className={`district-map${reduced ? ' district-map--reduced' : ''}${still ? ' district-map--still' : ''}${entered ? '' : ' is-entering'}`}
      data-zoom="still"
      data-owns-swipe="xy"
      role="group"
      aria-label={label}
      onPointerDown={zp.onPointerDown}
    >
      {/* Tapping the sea around the city zooms back out, a frame later: the zoom out repaints the whole
          map at its target scale, which the touch's own frame would otherwise wait for. */}
      <div className="district-map__sea" onClick={() => !zp.wasGesture() && afterPaint(() => onSelect(null))} />
      <motion.div className="district-map__layer district-map__districts" style={layer}>
        <svg ref={svgRef} className="district-map__svg" viewBox={viewBox}>
          <motion.g style={baked}>
            {map.districts.map((d) => {
              const count = counts.get(d.district) ?? 0;
              const name = names.get(d.district);
              const label = name ? tx(name.name) : d.district;
              const isSelected = selected === d.district;
              const dimmed = selected !== null && !isSelected;
              // Dimming and the selection change in one step, as the zoom starts: a fade inside the SVG
              // would repaint the districts on every frame of the glide.
              return (
                <g key={d.district} className={dimmed ? 'is-dimmed' : undefined}>
                  <path
                    data-district={d.district}
                    data-testid={`map-district-${d.district}`}
                    data-count={count}
                    className="district-map__district"
                    d={d.path}
                    role="button"
                    aria-label={label}
                    aria-pressed={isSelected}
                    onClick={(e) => {
                      if (zp.wasGesture()) return;
                      // The press first: the district's outline lights at once (a repaint of its own
                      // tiles); the others step back and the map glides a frame later (a repaint of
                      // the whole map, which the touch's answer would otherwise wait for).
                      const path = e.currentTarget;
                      path.setAttribute('data-pressed', '');
                      afterPaint(() => {
                        onSelect(d.district);
                        afterPaint(() => path.removeAttribute('data-pressed'));
                      });
                    }}
                  />
                  <motion.path
                    className="district-map__heat"
                    d={d.path}
                    initial={false}
                    animate={{ opacity: heatOpacity(count, most) }}
                    transition={{ duration: still ? 0 : reduced ? 0.2 : 0.6 }}
                    pointerEvents="none"
                  />
                  {isSelected && <path className="district-map__selected" d={d.path} pointerEvents="none" />}
                </g>
              );
            })}
            {/* The glow from the start, while the whole city is in view; the line once it has drawn
                itself. Zoomed into a district the glow steps back with the other districts: a wide
                stroke around the whole city, it was about a quarter of the raster when the zoom is baked. */}
            {!selected && glow}
            {entered && outline}
          </motion.g>
        </svg>
      </motion.div>
      {!entered && (
        // While it comes in, the outline is a layer of its own: each frame of its drawing repaints
        // one stroke, not the districts; its fade repaints nothing.
        <motion.div
          className={`district-map__layer district-map__outline-layer${draws ? '' : ' district-map__outline-layer--fades'}`}
          style={layer}
        >
          <svg className="district-map__svg" viewBox={viewBox}>
            <motion.g style={baked}>{outline}</motion.g>
          </svg>
        </motion.div>
      )}
      <motion.div className="district-map__layer district-map__markers" style={{ ...layer, opacity: zp.markers }}>
        <div className="district-map__labels">
          <svg className="district-map__svg" viewBox={viewBox}>
            <motion.g style={baked}>
              {zones.map(({ park, at }) => (
                <g
                  key={park.id}
                  transform={`translate(${at[0]} ${at[1]})`}
                  pointerEvents="none"
                  data-testid={`map-zone-${park.id}`}
                >
                  <g className="district-map__keep-size">
                    <circle className="district-map__zone" r={ZONE_PX * unit} />
                    <text
                      className="district-map__label district-map__zone-label"
                      y={-(ZONE_PX + LABEL_PX) * unit}
                      fontSize={LABEL_PX * unit}
                      textAnchor="middle"
                      dominantBaseline="central"
                      opacity={shownLabels.has(`park:${park.id}`) ? 1 : 0}
                    >
                      {tx(park.shortName ?? park.name)}
                    </text>
                  </g>
                </g>
              ))}
              {map.districts.map((d) => {
                const name = names.get(d.district);
                const [lx, ly] = d.labelAt as XY;
                return (
                  <g key={d.district} transform={`translate(${lx} ${ly})`} pointerEvents="none">
                    <g className="district-map__keep-size">
                      <motion.text
                        className="district-map__label"
                        fontSize={LABEL_PX * unit}
                        textAnchor="middle"
                        dominantBaseline="central"
                        initial={false}
                        animate={{ opacity: shownLabels.has(d.district) ? 1 : 0 }}
                        transition={{ duration: 0.3 }}
                      >
                        {name ? tx(name.name) : d.district}
                      </motion.text>
                    </g>
                  </g>
                );
              })}
            </motion.g>
          </svg>
        </div>
        {!fit || !pinsJoin ? null : clusters ? (
          <svg className="district-map__svg" viewBox={viewBox}>
            <motion.g style={baked}>
              {markers.map((m) => (m.kind === 'cluster' ? renderCluster(m) : renderPin(m.pin)))}
            </motion.g>
          </svg>
        ) : entered ? (
          <svg className="district-map__svg" viewBox={viewBox}>
            <motion.g style={baked}>{pins.map(renderPin)}</motion.g>
          </svg>
        ) : (
          pinGroups.map(({ district, group, box }, gi) => (
            // On entry a district's pins drop in together: the drop moves this HTML layer, just the
            // size of the group, on the compositor, instead of repainting hundreds of pins in one SVG
            // every frame. The map is not zoomed yet (a zoom ends the entrance).
            <div
              key={district}
              className="district-map__pins"
              style={
                {
                  left: fit.x + box.x * fit.k,
                  top: fit.y + box.y * fit.k,
                  width: box.width * fit.k,
                  height: box.height * fit.k,
                  '--delay': `${pinDelay(gi, pinGroups.length)}s`,
                } as CSSProperties
              }
            >
              <svg className="district-map__svg" viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}>
                {group.map(renderPin)}
              </svg>
            </div>
          ))
        )}
      </motion.div>
    </div>
  );
}
