import { lazy, Suspense } from 'react';
import { useInterest } from '../kiosk/interest';

// The sheet and its keyboard load when a visitor first asks for them, not with the first screen.
const InterestSheet = lazy(() => import('../leads/InterestSheet').then((m) => ({ default: m.InterestSheet })));

/** The "I'm interested" sheet of the item a visitor picked, over whatever screen they are on. */
export function InterestLayer() {
  const { item } = useInterest();
  if (!item) return null;
  return (
    <Suspense fallback={null}>
      <InterestSheet key={`${item.kind}:${item.id}`} item={item} />
    </Suspense>
  );
}
