import { useEffect, useState } from 'react';
import { afterFirstPresented } from '../kiosk/yield';

/**
 * The navy stage behind every screen: teal and amber glows and a faint grid (a picture of the
 * design in assets/backdrop/backdrop.html). Deliberately static: a kiosk runs all day, and a
 * decoration that repaints every frame costs CPU/GPU for nothing. The picture joins once the first
 * screen is presented (shell/backdrop.css says why); index.html has fetched it by then.
 */
export function Backdrop() {
  const [lit, setLit] = useState(false);
  useEffect(() => afterFirstPresented(() => setLit(true)), []);
  return <div className={lit ? 'backdrop backdrop--lit' : 'backdrop'} aria-hidden="true" />;
}
