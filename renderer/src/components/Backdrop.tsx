/**
 * The navy stage behind every screen: teal and amber glows and a faint grid. Deliberately static:
 * a kiosk runs all day, and a decoration that repaints every frame costs CPU/GPU for nothing.
 */
export function Backdrop() {
  return (
    <div className="backdrop" aria-hidden="true">
      <div className="backdrop__grid" />
      <div className="backdrop__glow backdrop__glow--teal" />
      <div className="backdrop__glow backdrop__glow--amber" />
      <div className="backdrop__vignette" />
    </div>
  );
}
