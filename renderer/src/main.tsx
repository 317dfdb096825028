import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './app/App';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';

// Kiosk hygiene: no context menu (long press), no dragging pictures or links out, no pinch zoom.
const block = (e: Event) => e.preventDefault();
document.addEventListener('contextmenu', block);
document.addEventListener('dragstart', block);
document.addEventListener('gesturestart', block); // Safari/WebKit pinch
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

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
