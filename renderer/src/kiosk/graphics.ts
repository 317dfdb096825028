/**
 * How much movement the machine can draw. A laptop whose graphics driver Chromium does not trust
 * (blocklisted, missing, a remote desktop) composites every frame on the CPU. There, a whole screen
 * sliding and fading costs tens of milliseconds per frame for the half second it moves, and a touch
 * during it waits for those frames (on a 2-core machine: touches answered in 100–300 ms instead of
 * 30). So on such a machine the kiosk switches screens without moving the whole screen ("light"):
 * the old screen goes at once, the new one's parts still rise in. With a GPU it slides ("full").
 *
 * The probe: the renderer of a WebGL context, which is Chromium's software rasteriser (SwiftShader)
 * or a driver's software fallback when there is no usable GPU, and no context at all when WebGL is
 * off. It costs ~12 ms, once, so the kiosk runs it when the page is idle after its first frame.
 * Staff can choose a tier for the machine in the admin panel (settings: graphics); `?graphics=`
 * overrides both, for tests and demos.
 */

import type { GraphicsSetting } from '../../../main/contract/ipc';

export type GraphicsTier = 'full' | 'light';

/** Renderer names of software rasterisers: Chromium's, Mesa's, Windows' basic display driver. */
const SOFTWARE = /SwiftShader|llvmpipe|softpipe|lavapipe|Microsoft Basic Render|\bsoftware\b/i;

/** The tier a WebGL renderer name means; null (no WebGL at all) means there is no GPU to rely on. */
export function tierOfRenderer(renderer: string | null): GraphicsTier {
  return renderer === null || SOFTWARE.test(renderer) ? 'light' : 'full';
}

/** `?graphics=light` or `?graphics=full` (tests and demos); anything else → undefined. */
export function graphicsFromQuery(search: string): GraphicsTier | undefined {
  const raw = new URLSearchParams(search).get('graphics');
  return raw === 'light' || raw === 'full' ? raw : undefined;
}

/**
 * The WebGL renderer's name, or null when the page can have no WebGL context. Self-contained (the
 * benchmark runs it in its pages to report what the kiosk decided by).
 */
export function probeRenderer(): string | null {
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

/** The tier: the query string's if it names one, else the staff's setting, else the probe's. */
export function chooseTier(
  fromQuery: GraphicsTier | undefined,
  preference: GraphicsSetting,
  detect: () => GraphicsTier,
): GraphicsTier {
  return fromQuery ?? (preference === 'auto' ? detect() : preference);
}

let preference: GraphicsSetting = 'auto';
let probed: GraphicsTier | undefined;
let current: GraphicsTier | undefined;

/** What the probe finds on this machine: run on the first call, then remembered. */
export function detectedTier(): GraphicsTier {
  probed ??= typeof document === 'undefined' ? 'full' : tierOfRenderer(probeRenderer());
  return probed;
}

/**
 * The tier this page draws with (see chooseTier), decided on the first call and again after the
 * setting changes. Marks the document (`html[data-graphics]`) for the stylesheets.
 */
export function graphicsTier(): GraphicsTier {
  if (current) return current;
  const fromQuery = typeof location === 'undefined' ? undefined : graphicsFromQuery(location.search);
  current = chooseTier(fromQuery, preference, detectedTier);
  if (typeof document !== 'undefined') document.documentElement.dataset.graphics = current;
  return current;
}

/** The staff's setting (KioskSettings.graphics). The next screen change and map render follow it. */
export function setGraphicsPreference(next: GraphicsSetting): void {
  if (next === preference) return;
  preference = next;
  const decided = current !== undefined;
  current = undefined;
  if (decided) graphicsTier();
}
