/**
 * The navy stage behind every screen: teal and amber glows and a faint grid (a picture of the
 * design in assets/backdrop/backdrop.html). Deliberately static: a kiosk runs all day, and a
 * decoration that repaints every frame costs CPU/GPU for nothing.
 */
export function Backdrop() {
  return <div className="backdrop" aria-hidden="true" />;
}
