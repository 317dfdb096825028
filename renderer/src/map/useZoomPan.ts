/**
 * Zoom and pan of an SVG map by touch: drag pans, two fingers pinch, and `zoomTo` animates to a
 * transform (a district). The transform lives in motion values (no React render per frame), in the
 * viewBox's units; the map applies it as a CSS transform of the layers that hold its SVGs (see
 * DistrictMap). `frameRef` is the element the map is laid out in, untransformed: the SVGs fill it
 * and keep their aspect (xMidYMid meet).
 *
 * The map's SVGs hold the transform at rest (`baked`, painted sharp at its scale); `layer` is what
 * is left of the current transform after it, applied to the layers that hold the SVGs. At rest the
 * layer is the identity; during a glide or a gesture it is a transform of an already rastered layer
 * (cheap to composite), and when the map rests the transform is baked into the SVGs again. A zoom
 * out bakes its target at the start, so the layer always shows a complete map scaled up, never a
 * zoomed-in crop scaled down.
 *
 * Markers that keep their size in px (pins) follow `restScale`, the scale at rest, not every frame
 * of a glide: with hundreds of pins, a per-frame inverse scale is hundreds of transforms a frame.
 * During a glide they fade out (`markers`, one opacity) and come back at once at the new size.
 */
import { animate, useMotionValue, useReducedMotionConfig, useTransform, type MotionValue } from 'framer-motion';
import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { clampPan, pinchTransform, type XY, type ZoomTransform } from './zoom';

/**
 * A glide's length (s): an ease-out, so most of the way is covered early. The map is at rest, baked and
 * rastered, before a visitor reading at an unhurried pace touches again (docs/PERFORMANCE.md).
 */
const GLIDE_S = 0.25;

/** Finger travel (CSS px) under which a touch is a tap, not a drag. */
const TAP_SLOP = 10;

export interface ZoomPan {
  x: MotionValue<number>;
  y: MotionValue<number>;
  scale: MotionValue<number>;
  zoomTo: (t: ZoomTransform) => void;
  onPointerDown: (e: ReactPointerEvent<HTMLElement>) => void;
  /** true right after a drag or pinch: the click that ends it must not select anything. */
  wasGesture: () => boolean;
  /** The scale when the map is at rest (set when a glide or a pinch ends). */
  restScale: MotionValue<number>;
  /** Opacity for the px-sized markers: 0 while the map glides, 1 at rest. */
  markers: MotionValue<number>;
  /** The transform inside the SVGs (viewBox units). */
  baked: TransformValues;
  /** The rest of the transform, for the layers (viewBox units; origin at the viewBox's corner). */
  layer: TransformValues;
}

type TransformValues = { x: MotionValue<number>; y: MotionValue<number>; scale: MotionValue<number> };

function assign(values: TransformValues, t: ZoomTransform): void {
  values.x.set(t.x);
  values.y.set(t.y);
  values.scale.set(t.scale);
}

export function useZoomPan(frameRef: RefObject<HTMLElement | null>, view: XY): ZoomPan {
  const x = useMotionValue(0);
  const y = useMotionValue(0);
  const scale = useMotionValue(1);
  const restScale = useMotionValue(1);
  const markers = useMotionValue(1);
  const bx = useMotionValue(0);
  const by = useMotionValue(0);
  const bs = useMotionValue(1);
  // current = layer ∘ baked: s = ls·bs and x = lx + ls·bx.
  const ls = useTransform([scale, bs], ([s, b]: number[]) => s! / b!);
  const lx = useTransform([x, scale, bs, bx], ([v, s, b, o]: number[]) => v! - (s! / b!) * o!);
  const ly = useTransform([y, scale, bs, by], ([v, s, b, o]: number[]) => v! - (s! / b!) * o!);
  const reduced = useReducedMotionConfig();
  const pointers = useRef(new Map<number, XY>());
  const gesture = useRef<{ start: ZoomTransform; a: XY; b?: XY; moved: boolean } | null>(null);
  const lastGesture = useRef(0);
  const zoomRun = useRef(0);
  const [vw, vh] = view;

  /** Client px → viewBox units (the SVGs keep their aspect: xMidYMid meet). */
  const toView = useCallback(
    (p: XY): XY => {
      const rect = frameRef.current?.getBoundingClientRect();
      if (!rect || rect.width === 0) return p;
      const k = Math.max(vw / rect.width, vh / rect.height);
      const ox = (rect.width - vw / k) / 2;
      const oy = (rect.height - vh / k) / 2;
      return [(p[0] - rect.left - ox) * k, (p[1] - rect.top - oy) * k];
    },
    [frameRef, vw, vh],
  );

  const current = (): ZoomTransform => ({ x: x.get(), y: y.get(), scale: scale.get() });
  const bake = useCallback((t: ZoomTransform) => assign({ x: bx, y: by, scale: bs }, t), [bx, by, bs]);
  /**
   * The map is at rest: the transform goes into the SVGs, markers take its scale and show again, at
   * once: a fade would be a quarter second more of frames, each compositing the map again on the CPU,
   * that a visitor's next touch would wait behind (docs/PERFORMANCE.md).
   */
  const settle = useCallback(() => {
    restScale.set(scale.get());
    bake({ x: x.get(), y: y.get(), scale: scale.get() });
    // jump, not set: a finger can stop a glide while the markers' fade-out still runs, and set would
    // leave that fade to finish at 0.
    markers.jump(1);
  }, [restScale, scale, markers, bake, x, y]);
  const set = useCallback((t: ZoomTransform) => assign({ x, y, scale }, t), [x, y, scale]);

  const zoomTo = useCallback(
    (t: ZoomTransform) => {
      const opts = reduced ? { duration: 0 } : { duration: GLIDE_S, ease: [0.22, 1, 0.36, 1] as const };
      // data-zoom="moving" while the map glides: its layers are composited for the glide (see
      // district-map.css), and tests tap a pin only once it has stopped moving.
      const frame = frameRef.current;
      const token = ++zoomRun.current;
      frame?.setAttribute('data-zoom', 'moving');
      if (t.scale !== restScale.get()) void animate(markers, 0, { duration: reduced ? 0 : 0.12 });
      if (t.scale < scale.get()) bake(t);
      void Promise.all([animate(x, t.x, opts), animate(y, t.y, opts), animate(scale, t.scale, opts)]).then(() => {
        if (token !== zoomRun.current) return;
        settle();
        frame?.setAttribute('data-zoom', 'still');
      });
    },
    [frameRef, x, y, scale, restScale, markers, settle, bake, reduced],
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
      // A drag or pinch moves composited layers, like a glide (district-map.css).
      const frame = frameRef.current;
      if (g.moved && frame && !frame.hasAttribute('data-gesture')) frame.setAttribute('data-gesture', '');
    },
    [set, toView, view, frameRef],
  );

  const onUp = useCallback(
    (e: PointerEvent) => {
      pointers.current.delete(e.pointerId);
      if (gesture.current?.moved) lastGesture.current = performance.now();
      if (pointers.current.size === 0) {
        if (gesture.current?.moved) settle();
        frameRef.current?.removeAttribute('data-gesture');
        gesture.current = null;
      } else {
        // One finger left of a pinch: continue as a drag from here.
        const rest = [...pointers.current.values()][0]!;
        gesture.current = { start: current(), a: rest, moved: true };
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [settle, frameRef],
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
    (e: ReactPointerEvent<HTMLElement>) => {
      pointers.current.set(e.pointerId, [e.clientX, e.clientY]);
      const pts = [...pointers.current.values()];
      x.stop();
      y.stop();
      scale.stop();
      zoomRun.current++;
      if (markers.get() < 1) settle(); // a finger stopped a glide: the map rests where it is
      frameRef.current?.setAttribute('data-zoom', 'still');
      gesture.current =
        pts.length >= 2
          ? { start: current(), a: pts[0]!, b: pts[1]!, moved: true }
          : { start: current(), a: pts[0]!, moved: false };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [frameRef, x, y, scale, markers, settle],
  );

  const wasGesture = useCallback(() => performance.now() - lastGesture.current < 250, []);

  return {
    x,
    y,
    scale,
    zoomTo,
    onPointerDown,
    wasGesture,
    restScale,
    markers,
    baked: { x: bx, y: by, scale: bs },
    layer: { x: lx, y: ly, scale: ls },
  };
}
