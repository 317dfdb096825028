/**
 * Whether the kiosk page is on its attract loop, learnt from the visit events it already reports
 * (`stats:record`: `visit-start` leaves the loop, `visit-end` returns to it). A page that reloaded
 * or crashed mid-visit never sends its `visit-end`, so a visit with no event for a long while is
 * taken as over: the page is on its attract loop again by then (the idle reset).
 */
import type { StatsEventInput } from '../../contract/ipc.ts';

/** No event for this long during a visit: the page has returned to its attract loop. */
export const VISIT_SILENCE_MS = 15 * 60_000;

export interface AttractState {
  /** Feed every event the page reports. */
  note(event: StatsEventInput): void;
  onAttract(): boolean;
  /** When the last visit began (epoch ms), or null. */
  lastVisitAt(): number | null;
  /** Called when the page returns to its attract loop (a visit ended). */
  onEnterAttract(listener: () => void): () => void;
}

export function createAttractState(now: () => number = Date.now): AttractState {
  let inVisit = false;
  let lastEventAt = 0;
  let lastVisitAt: number | null = null;
  const listeners = new Set<() => void>();
  return {
    note(event) {
      lastEventAt = now();
      if (event.type === 'visit-start') {
        inVisit = true;
        lastVisitAt = lastEventAt;
      } else if (event.type === 'visit-end' && inVisit) {
        inVisit = false;
        for (const listener of listeners) listener();
      }
    },
    onAttract() {
      return !inVisit || now() - lastEventAt > VISIT_SILENCE_MS;
    },
    lastVisitAt: () => lastVisitAt,
    onEnterAttract(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
