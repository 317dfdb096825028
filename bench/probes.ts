/**
 * What the bench records inside the kiosk's page (PAGE_PROBES, added before the page's own scripts)
 * and how it reads the slow events back.
 */
import type { Page } from '@playwright/test';

// In the page: a recorder for rAF timestamps, Event Timing entries and when things became visible.

export const PAGE_PROBES = () => {
  const w = window as unknown as Record<string, unknown>;
  const events: Array<{ name: string; duration: number; id: number; start: number }> = [];
  w.__events = events;
  const push = (list: PerformanceObserverEntryList) => {
    for (const e of list.getEntries() as Array<PerformanceEventTiming & { interactionId?: number }>) {
      events.push({ name: e.name, duration: e.duration, id: e.interactionId ?? 0, start: e.startTime });
    }
  };
  try {
    new PerformanceObserver(push).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: true,
    } as PerformanceObserverInit);
    new PerformanceObserver(push).observe({ type: 'first-input', buffered: true });
  } catch {
    // Event Timing missing: the latency figures will say so.
  }
  // Frames: rAF timestamps while recording.
  const frames: number[] = [];
  let recording = false;
  w.__frames = frames;
  w.__record = (on: boolean) => {
    recording = on;
    if (on) {
      frames.length = 0;
      const tick = (t: number) => {
        if (!recording) return;
        frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }
  };
  // When a selector first shows (on screen, not transparent), in performance.now() time.
  const seen: Record<string, number> = {};
  w.__seen = seen;
  const opaque = (el: Element | null): boolean => {
    for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) === 0) return false;
    return true;
  };
  w.__watch = (key: string, selector: string) => {
    delete seen[key];
    const tick = (t: number) => {
      const el = document.querySelector(selector);
      const r = el?.getBoundingClientRect();
      if (el && r && r.width > 0 && r.height > 0 && opaque(el)) seen[key] = t;
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  // Element Timing: when the attract loop's city name was first painted (presented on screen).
  const painted: Record<string, number> = {};
  w.__painted = painted;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { identifier: string; renderTime: number }>) {
        painted[e.identifier] ??= e.renderTime;
      }
    }).observe({ type: 'element', buffered: true });
  } catch {
    // Element Timing missing: the paint figure will say so.
  }
  w.__touchAt = 0;
  addEventListener('pointerdown', (e) => (w.__touchAt = e.timeStamp), { capture: true });
};

/** The slow events the page's observer kept (PAGE_PROBES). */
export const pageEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __events: Array<{ duration: number; id: number }> }).__events);
