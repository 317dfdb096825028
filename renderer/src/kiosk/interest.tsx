/**
 * "I'm interested": which item's sheet is open, if any. Kept with the visit's state (the provider sits
 * inside the visit's AppStateProvider), so the idle reset closes the sheet and drops a half-filled form:
 * the next visitor never sees the last one's.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { InterestKind } from '../../../main/contract/lead-shapes';
import type { LocalizedText } from '../../../main/core/pack/schema';
import { afterPaint } from './yield';

export type { InterestKind };

export interface InterestItem {
  kind: InterestKind;
  id: string;
  title: LocalizedText;
}

interface Interest {
  item: InterestItem | null;
  open: (item: InterestItem) => void;
  close: () => void;
}

const InterestContext = createContext<Interest | null>(null);

export function InterestProvider({ children }: { children: ReactNode }) {
  const [item, setItem] = useState<InterestItem | null>(null);
  // The press first: the sheet (or the screen under it) is a whole screen to raster on the CPU, which
  // the button's press would otherwise wait for.
  const value = useMemo<Interest>(
    () => ({ item, open: (next) => afterPaint(() => setItem(next)), close: () => afterPaint(() => setItem(null)) }),
    [item],
  );
  return <InterestContext.Provider value={value}>{children}</InterestContext.Provider>;
}

export function useInterest(): Interest {
  const value = useContext(InterestContext);
  if (!value) throw new Error('useInterest outside InterestProvider');
  return value;
}
