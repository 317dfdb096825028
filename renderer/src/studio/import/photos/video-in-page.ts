/**
 * What the studio page learns of a video by playing it itself (the kiosk is the same Chromium):
 * whether it decodes, and a poster frame drawn from it. No ffmpeg on a staff laptop.
 */

/** How long a video may take to show its first frame before it counts as not playing. */
const PLAY_TIMEOUT_MS = 15_000;
/** Where the poster is taken: a second in, or a third of a shorter clip (past fades from black). */
const POSTER_AT_S = 1;
const POSTER_MAX_SIDE = 1920;

/** A JPEG of a frame of the video, or null when this browser cannot decode it. */
export async function posterFromVideo(file: Blob): Promise<Blob | null> {
  const url = URL.createObjectURL(file);
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  video.playsInline = true;
  try {
    video.src = url;
    if (!(await settle(video, 'loadeddata'))) return null;
    const target = Number.isFinite(video.duration) ? Math.min(POSTER_AT_S, video.duration / 3) : 0;
    if (target > 0) {
      video.currentTime = target;
      if (!(await settle(video, 'seeked'))) return null;
    }
    const scale = Math.min(1, POSTER_MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
    canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
    const context = canvas.getContext('2d');
    if (!context || video.videoWidth === 0) return null;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

/** Resolves true on `event`, false on a decode error or when nothing happens in time. */
function settle(video: HTMLVideoElement, event: 'loadeddata' | 'seeked'): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      window.clearTimeout(timer);
      video.removeEventListener(event, onOk);
      video.removeEventListener('error', onError);
      resolve(ok);
    };
    const onOk = () => done(true);
    const onError = () => done(false);
    const timer = window.setTimeout(() => done(false), PLAY_TIMEOUT_MS);
    video.addEventListener(event, onOk);
    video.addEventListener('error', onError);
  });
}
