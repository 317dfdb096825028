/**
 * The items with the most interest lately (`stats:top-interest`), asked of the shell each time home
 * opens: main answers from its cache, so this costs no read of the statistics. Nothing while it is on
 * its way, on a failure, or in the studio's preview (no shell): home then looks as it always does.
 */
import { useEffect, useState } from 'react';
import type { TopInterestItem } from '../../../main/contract/ipc';
import { kioskApi } from '../kiosk/kiosk-client';

export function useTopInterest(): readonly TopInterestItem[] {
  const [items, setItems] = useState<readonly TopInterestItem[]>([]);
  useEffect(() => {
    const ask = kioskApi()?.['stats:top-interest'];
    if (!ask) return;
    let live = true;
    ask().then(
      (answer) => {
        if (live) setItems(answer.items);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return items;
}
