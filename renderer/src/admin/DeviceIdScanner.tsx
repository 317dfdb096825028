/**
 * Booth pairing by webcam: shows the camera, reads each frame for a QR code (jsQR, a maintained
 * pure-JS decoder) and hands back the first one shaped like a Syncthing device ID. The camera is on
 * only while scanning, and only video is asked for. The ID is then paired exactly as a typed one is.
 */
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { Notice } from './admin-controls';
import { useAdminT } from './admin-i18n';

/** Eight dash-separated groups of seven base32 characters (the check characters are the server's job). */
const DEVICE_ID_SHAPE = /^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$/;
/** Frames are read this often: enough for a held-up phone or screen, light on the kiosk's CPU. */
const READ_EVERY_MS = 200;
/** Frames are read at most this wide (jsQR's time grows with the pixels). */
const MAX_WIDTH = 640;

/** The device ID in a scanned text, or null when the code holds something else. */
export function deviceIdFromQr(text: string): string | null {
  const id = text.trim().toUpperCase();
  return DEVICE_ID_SHAPE.test(id) ? id : null;
}

export function DeviceIdScanner({ onId, onClose }: { onId: (id: string) => void; onClose: () => void }) {
  const { t } = useAdminT();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [other, setOther] = useState(false);
  // The camera starts once per scan: the latest callbacks are read through a ref, not effect dependencies.
  const latest = useRef({ onId, t });
  useEffect(() => {
    latest.current = { onId, t };
  });

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const read = () => {
      const el = video.current;
      if (stopped || !el || !context || el.readyState < el.HAVE_CURRENT_DATA || el.videoWidth === 0) return;
      const scale = Math.min(1, MAX_WIDTH / el.videoWidth);
      canvas.width = Math.round(el.videoWidth * scale);
      canvas.height = Math.round(el.videoHeight * scale);
      context.drawImage(el, 0, 0, canvas.width, canvas.height);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
      if (!code) return;
      const id = deviceIdFromQr(code.data);
      if (id) latest.current.onId(id);
      else setOther(true);
    };
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(latest.current.t('booth.scanNoCamera'));
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        timer = window.setInterval(read, READ_EVERY_MS);
      })
      .catch((error: unknown) => {
        const message = (error as Error).message || String(error);
        if (!stopped) setProblem(latest.current.t('booth.scanFailed', { message }));
      });
    return () => {
      stopped = true;
      window.clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <div className="booth-scan" data-testid="booth-scan">
      {problem ? (
        <Notice kind="bad" testId="booth-scan-problem">
          {problem}
        </Notice>
      ) : (
        <>
          <video ref={video} className="booth-scan__video" muted playsInline aria-label={t('booth.scanVideo')} />
          <p className="adm-muted">{t(other ? 'booth.scanOther' : 'booth.scanHelp')}</p>
        </>
      )}
      <button type="button" className="adm-btn" data-testid="booth-scan-stop" onClick={onClose}>
        {t('booth.scanStop')}
      </button>
    </div>
  );
}
