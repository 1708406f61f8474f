import { useCallback, useEffect, useRef, useState } from 'react';

/** The browser's barcode detector (Chromium on Android and others); absent elsewhere. */
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

const detectorClass = (): DetectorClass | undefined =>
  (globalThis as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

export const canScan = () => detectorClass() !== undefined && !!navigator.mediaDevices?.getUserMedia;

/**
 * Scans QR codes with the back camera into `onCode` until stopped (or a code is read). `failed` is set when
 * the camera cannot be opened; the page then offers typing the digits.
 */
export function useQrScanner(onCode: (text: string) => void) {
  const video = useRef<HTMLVideoElement>(null);
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    setScanning(false);
  }, []);

  const start = useCallback(async () => {
    const Detector = detectorClass();
    if (!Detector) return;
    setFailed(false);
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      setFailed(true);
      return;
    }
    setScanning(true);
    const detector = new Detector({ formats: ['qr_code'] });
    const el = video.current;
    if (!el) return;
    el.srcObject = stream.current;
    await el.play().catch(() => undefined);
    timer.current = window.setInterval(async () => {
      const found = await detector.detect(el).catch(() => []);
      if (found[0]?.rawValue) {
        stop();
        onCode(found[0].rawValue);
      }
    }, 300);
  }, [onCode, stop]);

  useEffect(() => stop, [stop]);
  return { video, scanning, failed, start, stop };
}
