// The kiosk's typeface, bundled (no network, no system fonts): the build's cut of Noto Sans SC for
// everything the packs and locales say (styles/fonts.css), and the whole of Noto Sans SC, range by
// range, behind it for characters only a newly imported pack uses (lib/fonts.ts: loaded for such
// a pack only, after the first screen). Regular and bold.
import './ui/fonts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './kiosk/i18n';
import { App } from './shell/App';
import { warmBackdrop } from './shell/backdrop';
import { warmFonts } from './kiosk/fonts';
import './ui/base.css';
import './ui/components.css';
import './ui/screens.css';
import './ui/journey.css';

// Kiosk hygiene: no context menu (long press), no dragging pictures or links out, no text
// selection, no pinch or keyboard zoom (CSS adds: no overscroll, no swipe navigation).
const block = (e: Event) => e.preventDefault();
document.addEventListener('contextmenu', block);
document.addEventListener('dragstart', block);
document.addEventListener('selectstart', block);
for (const type of ['gesturestart', 'gesturechange', 'gestureend']) document.addEventListener(type, block); // WebKit pinch
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0', '_'].includes(e.key)) e.preventDefault();
});
document.addEventListener(
  'touchmove',
  (e) => {
    if (e.touches.length > 1) e.preventDefault();
  },
  { passive: false },
);
document.addEventListener(
  'wheel',
  (e) => {
    if (e.ctrlKey) e.preventDefault(); // ctrl+wheel / trackpad pinch zoom
  },
  { passive: false },
);

// Fetch the typeface and decode the backdrop now, before the first render lays out the attract loop.
warmFonts();
warmBackdrop();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
