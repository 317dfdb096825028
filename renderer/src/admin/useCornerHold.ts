/**
 * The hidden gesture: a press held for 3 s in the top-left corner (an invisible 96×96 px target).
 * Watched on the window, in the capture phase and passively, so it works over every screen —
 * the attract loop included — without covering or blocking whatever sits in that corner.
 * Moving out of the corner, lifting the finger, or a second finger cancels.
 */
import { useEffect, useRef } from 'react';

export const CORNER_PX = 96;
export const HOLD_MS = 3000;

export function inCorner(x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < CORNER_PX && y < CORNER_PX;
}

export function useCornerHold(onHold: () => void, enabled = true): void {
  const onHoldRef = useRef(onHold);
  useEffect(() => {
    onHoldRef.current = onHold;
  });

  useEffect(() => {
    if (!enabled) return;
    let pointerId: number | null = null;
    let timer: number | undefined;
    const cancel = () => {
      window.clearTimeout(timer);
      pointerId = null;
    };
    const down = (e: PointerEvent) => {
      if (pointerId !== null) return cancel(); // a second finger
      if (!e.isPrimary || !inCorner(e.clientX, e.clientY)) return;
      pointerId = e.pointerId;
      timer = window.setTimeout(() => {
        pointerId = null;
        onHoldRef.current();
      }, HOLD_MS);
    };
    const move = (e: PointerEvent) => {
      if (e.pointerId === pointerId && !inCorner(e.clientX, e.clientY)) cancel();
    };
    const up = (e: PointerEvent) => {
      if (e.pointerId === pointerId) cancel();
    };
    const opts = { capture: true, passive: true } as const;
    window.addEventListener('pointerdown', down, opts);
    window.addEventListener('pointermove', move, opts);
    window.addEventListener('pointerup', up, opts);
    window.addEventListener('pointercancel', up, opts);
    window.addEventListener('blur', cancel);
    return () => {
      cancel();
      window.removeEventListener('pointerdown', down, opts);
      window.removeEventListener('pointermove', move, opts);
      window.removeEventListener('pointerup', up, opts);
      window.removeEventListener('pointercancel', up, opts);
      window.removeEventListener('blur', cancel);
    };
  }, [enabled]);
}
