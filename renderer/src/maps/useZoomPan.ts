/**
 * Zoom and pan of an SVG map by touch: drag pans, two fingers pinch, and `zoomTo` animates to a
 * transform (a district). The transform lives in motion values (no React render per frame) and is
 * applied to a `<g>` as a CSS transform: only transform animates.
 *
 * Markers that keep their size in px (pins) follow `restScale`, the scale at rest, not every frame
 * of a glide: with hundreds of pins, a per-frame inverse scale is hundreds of transforms a frame.
 * During a glide they fade out (`markers`, one opacity) and come back at the new size.
 */
import { animate, useMotionValue, useReducedMotionConfig, type MotionValue } from 'framer-motion';
import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { clampPan, pinchTransform, type XY, type ZoomTransform } from './layout';

/** Finger travel (CSS px) under which a touch is a tap, not a drag. */
const TAP_SLOP = 10;

export interface ZoomPan {
  x: MotionValue<number>;
  y: MotionValue<number>;
  scale: MotionValue<number>;
  zoomTo: (t: ZoomTransform) => void;
  onPointerDown: (e: ReactPointerEvent<SVGSVGElement>) => void;
  /** true right after a drag or pinch: the click that ends it must not select anything. */
  wasGesture: () => boolean;
  /** The scale when the map is at rest (set when a glide or a pinch ends). */
  restScale: MotionValue<number>;
  /** Opacity for the px-sized markers: 0 while the map glides, 1 at rest. */
  markers: MotionValue<number>;
}

export function useZoomPan(svgRef: RefObject<SVGSVGElement | null>, view: XY): ZoomPan {
  const x = useMotionValue(0);
  const y = useMotionValue(0);
  const scale = useMotionValue(1);
  const restScale = useMotionValue(1);
  const markers = useMotionValue(1);
  const reduced = useReducedMotionConfig();
  const pointers = useRef(new Map<number, XY>());
  const gesture = useRef<{ start: ZoomTransform; a: XY; b?: XY; moved: boolean } | null>(null);
  const lastGesture = useRef(0);
  const zoomRun = useRef(0);
  const [vw, vh] = view;

  /** Client px → viewBox units (the SVG keeps its aspect: xMidYMid meet). */
  const toView = useCallback(
    (p: XY): XY => {
      const rect = svgRef.current?.getBoundingClientRect();
      if (!rect || rect.width === 0) return p;
      const k = Math.max(vw / rect.width, vh / rect.height);
      const ox = (rect.width - vw / k) / 2;
      const oy = (rect.height - vh / k) / 2;
      return [(p[0] - rect.left - ox) * k, (p[1] - rect.top - oy) * k];
    },
    [svgRef, vw, vh],
  );

  const current = (): ZoomTransform => ({ x: x.get(), y: y.get(), scale: scale.get() });
  /** The map is at rest: markers take its scale and show again. */
  const settle = useCallback(() => {
    restScale.set(scale.get());
    void animate(markers, 1, { duration: reduced ? 0 : 0.25 });
  }, [restScale, scale, markers, reduced]);
  const set = useCallback(
    (t: ZoomTransform) => {
      x.set(t.x);
      y.set(t.y);
      scale.set(t.scale);
    },
    [x, y, scale],
  );

  const zoomTo = useCallback(
    (t: ZoomTransform) => {
      const opts = reduced ? { duration: 0 } : { type: 'spring' as const, stiffness: 120, damping: 22 };
      // data-zoom="moving" while the map glides (tests tap a pin only once it has stopped moving).
      const svg = svgRef.current;
      const token = ++zoomRun.current;
      svg?.setAttribute('data-zoom', 'moving');
      if (t.scale !== restScale.get()) void animate(markers, 0, { duration: reduced ? 0 : 0.12 });
      void Promise.all([animate(x, t.x, opts), animate(y, t.y, opts), animate(scale, t.scale, opts)]).then(() => {
        if (token !== zoomRun.current) return;
        settle();
        svg?.setAttribute('data-zoom', 'still');
      });
    },
    [svgRef, x, y, scale, restScale, markers, settle, reduced],
  );

  const onMove = useCallback(
    (e: PointerEvent) => {
      if (!pointers.current.has(e.pointerId) || !gesture.current) return;
      pointers.current.set(e.pointerId, [e.clientX, e.clientY]);
      const g = gesture.current;
      const pts = [...pointers.current.values()];
      if (pts.length >= 2 && g.b) {
        g.moved = true;
        const t = pinchTransform(
          g.start,
          { a: toView(g.a), b: toView(g.b) },
          { a: toView(pts[0]!), b: toView(pts[1]!) },
        );
        set(clampPan(t, view));
      } else if (pts.length === 1) {
        const [px, py] = pts[0]!;
        if (!g.moved && Math.hypot(px - g.a[0], py - g.a[1]) < TAP_SLOP) return;
        g.moved = true;
        const [ax, ay] = toView(g.a);
        const [bx, by] = toView([px, py]);
        set(clampPan({ scale: g.start.scale, x: g.start.x + bx - ax, y: g.start.y + by - ay }, view));
      }
    },
    [set, toView, view],
  );

  const onUp = useCallback(
    (e: PointerEvent) => {
      pointers.current.delete(e.pointerId);
      if (gesture.current?.moved) lastGesture.current = performance.now();
      if (pointers.current.size === 0) {
        if (gesture.current?.moved) settle();
        gesture.current = null;
      } else {
        // One finger left of a pinch: continue as a drag from here.
        const rest = [...pointers.current.values()][0]!;
        gesture.current = { start: current(), a: rest, moved: true };
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [settle],
  );

  useEffect(() => {
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [onMove, onUp]);

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<SVGSVGElement>) => {
      pointers.current.set(e.pointerId, [e.clientX, e.clientY]);
      const pts = [...pointers.current.values()];
      x.stop();
      y.stop();
      scale.stop();
      zoomRun.current++;
      if (markers.get() < 1) settle(); // a finger stopped a glide: the map rests where it is
      svgRef.current?.setAttribute('data-zoom', 'still');
      gesture.current =
        pts.length >= 2
          ? { start: current(), a: pts[0]!, b: pts[1]!, moved: true }
          : { start: current(), a: pts[0]!, moved: false };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [svgRef, x, y, scale, markers, settle],
  );

  const wasGesture = useCallback(() => performance.now() - lastGesture.current < 250, []);

  return { x, y, scale, zoomTo, onPointerDown, wasGesture, restScale, markers };
}
