// The kiosk's typeface, bundled (no network, no system fonts): the build's cut of Noto Sans SC for
// everything the packs and locales say (ui/fonts.css), and the whole of Noto Sans SC, range by
// range, behind it for characters only a newly imported pack uses (kiosk/fonts.ts: loaded for such
// a pack only, after the first screen). Regular and bold.
import './ui/fonts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './kiosk/i18n';
import { App } from './shell/App';
import { warmFonts } from './kiosk/fonts';
import { applyTypefaces } from './kiosk/typefaces';
import { installPageErrorReports } from './kiosk/page-errors';
import { claimOwnedSwipes } from './ui/owned-swipes';
// Every screen's stylesheet but the map's and the clusters' (loaded with their chunks) loads with
// the page, in this order: shared first, then by feature. The order is the cascade's: keep it.
import './ui/tokens.css';
import './ui/base.css';
import './shell/backdrop.css';
import './shell/top-bar.css';
import './ui/controls.css';
import './ui/figure-tile.css';
import './enterprises/enterprise-card.css';
import './enterprises/gallery.css';
import './enterprises/video-player.css';
import './shell/status-screens.css';
import './home/home.css';
import './enterprises/enterprise-list.css';
import './enterprises/search.css';
import './ui/on-screen-keyboard.css';
import './enterprises/enterprise-profile.css';
import './attract/attract.css';
import './attract/attract-highlight.css';
import './shell/idle-overlay.css';
import './ui/qr-code.css';
import './future/future.css';
import './contact/contact.css';

// Errors of the page go to the kiosk's log, with the screen the visitor was on.
installPageErrorReports();

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
// Swipes the page handles itself end without Chromium's fling, which would swallow the next tap.
claimOwnedSwipes(document);
document.addEventListener(
  'wheel',
  (e) => {
    if (e.ctrlKey) e.preventDefault(); // ctrl+wheel / trackpad pinch zoom
  },
  { passive: false },
);

// Fetch the typeface now, before the first render lays out the attract loop.
warmFonts();
// Each language's text in its own typeface (Japanese kanji in their Japanese forms): rules from the locales.
applyTypefaces();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
