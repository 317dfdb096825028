/**
 * Presenter mode: someone demonstrates the kiosk with a keyboard or clicker. Focus rings show
 * (only in this mode), arrow keys move the focus through the buttons of the topmost layer,
 * Escape goes back. Tab and Enter work as in any page.
 */
import { useEffect } from 'react';

export const PRESENTER_CLASS = 'kiosk-presenter';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The layer keyboard focus belongs to: the topmost open dialog, else the page. */
function activeLayer(): ParentNode {
  const dialogs = document.querySelectorAll('[aria-modal="true"]');
  return dialogs[dialogs.length - 1] ?? document;
}

function moveFocus(step: 1 | -1): void {
  const items = Array.from(activeLayer().querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.offsetParent !== null || el === document.activeElement,
  );
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next = items[(at + step + items.length) % items.length] ?? items[0];
  next?.focus();
}

export function usePresenterMode(on: boolean): void {
  useEffect(() => {
    document.documentElement.classList.toggle(PRESENTER_CLASS, on);
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.tagName === 'INPUT' || target?.tagName === 'SELECT') return; // they use arrows themselves
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') moveFocus(1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') moveFocus(-1);
      else if (e.key === 'Escape') {
        const layer = activeLayer();
        const back = layer.querySelector<HTMLElement>(
          '[data-escape], [data-testid="idle-continue"], [data-testid="nav-back"]',
        );
        back?.click();
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.documentElement.classList.remove(PRESENTER_CLASS);
    };
  }, [on]);
}
