/**
 * The visit as features see it (the attract loop starts one): its context and hook. The shell's
 * VisitProvider (shell/visit.tsx) fills it, so no feature imports the shell.
 */
import { createContext, useContext } from 'react';

export interface Visit {
  /** false while the attract loop shows. */
  active: boolean;
  /** Changes with every visit: a key that gives each visit fresh state. */
  id: number;
  start: () => void;
  end: () => void;
}

export const VisitContext = createContext<Visit | null>(null);

export function useVisit(): Visit {
  const visit = useContext(VisitContext);
  if (!visit) throw new Error('useVisit outside VisitProvider');
  return visit;
}
