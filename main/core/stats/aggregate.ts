/**
 * Turns the event log into what the bureau reports after a fair: visits, screen views, taps per
 * enterprise/cluster/district, languages and video plays, per local hour.
 *
 * A visit begins when a visitor leaves the attract loop (`visit-start`) and ends when the kiosk
 * returns to it (`visit-end`, or the next `visit-start` if a crash lost the end). The touch that
 * leaves the attract loop lands on a screen (home), and that first screen view is part of waking the
 * kiosk: a visit counts only with a touch after it (another screen, a tap, a language switch, a
 * video). A passer-by who touched the attract loop and walked away is not a visit. A visit counts in
 * the hour it began.
 */
import type { DateRange, HourStats, StatsSummary } from '../../contract/ipc.ts';
import type { StatsEvent } from './events.ts';

/** The summary of `events` (already limited to `range`), in log order. */
export function aggregate(events: readonly StatsEvent[], range: DateRange, skippedLines = 0): StatsSummary {
  const hours = new Map<string, HourStats>();
  const totals = { visits: 0, screenViews: 0, taps: 0, languageChanges: 0, videoPlays: 0, interest: 0 };

  const bucket = (time: string): HourStats => {
    const key = time.slice(0, 13);
    let found = hours.get(key);
    if (!found) {
      found = {
        date: time.slice(0, 10),
        hour: Number(time.slice(11, 13)),
        visits: 0,
        screenViews: {},
        taps: { enterprise: {}, cluster: {}, district: {} },
        languages: {},
        videoPlays: {},
        interest: {},
      };
      hours.set(key, found);
    }
    return found;
  };

  let visit: { startedAt: string; engaged: boolean; views: number } | undefined;
  const endVisit = () => {
    if (visit?.engaged) {
      bucket(visit.startedAt).visits++;
      totals.visits++;
    }
    visit = undefined;
  };

  for (const event of events) {
    switch (event.type) {
      case 'visit-start':
        endVisit();
        visit = { startedAt: event.time, engaged: false, views: 0 };
        break;
      case 'visit-end':
        endVisit();
        break;
      case 'screen-view':
        increment(bucket(event.time).screenViews, event.screen);
        totals.screenViews++;
        // The first view of a visit is where the waking touch landed.
        if (visit && ++visit.views > 1) visit.engaged = true;
        break;
      case 'tap':
        increment(bucket(event.time).taps[event.kind], event.id);
        totals.taps++;
        if (visit) visit.engaged = true;
        break;
      case 'language':
        increment(bucket(event.time).languages, event.lang);
        totals.languageChanges++;
        if (visit) visit.engaged = true;
        break;
      case 'video-play':
        increment(bucket(event.time).videoPlays, event.id);
        totals.videoPlays++;
        if (visit) visit.engaged = true;
        break;
      case 'interest':
        increment(bucket(event.time).interest, `${event.kind}:${event.id}`);
        totals.interest++;
        if (visit) visit.engaged = true;
        break;
    }
  }
  endVisit();

  const sorted = [...hours.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, stats]) => stats);
  return { range, totals, hours: sorted, skippedLines };
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
