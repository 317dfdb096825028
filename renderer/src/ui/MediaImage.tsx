import { useState, type ImgHTMLAttributes, type ReactNode } from 'react';
import { mediaUrl, type Rendition } from '../kiosk/media';

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, 'src'> & {
  /** MediaPath from the pack. */
  path: string | undefined;
  /** A rendition the content server makes: 'small' (a card's or thumbnail's picture), 'blurred' (a glow). */
  rendition?: Rendition;
  alt: string;
  /** Shown instead when there is no path or the file does not load. */
  fallback?: ReactNode;
};

/** An image from the pack: never draggable, lazy, and with a graceful fallback. */
export function MediaImage({ path, rendition, alt, fallback = null, className, ...rest }: Props) {
  const [failed, setFailed] = useState<string | null>(null);
  if (!path || failed === path) return <>{fallback}</>;
  return (
    <img
      {...rest}
      className={className}
      src={mediaUrl(path, rendition)}
      alt={alt}
      draggable={false}
      decoding="async"
      onError={() => setFailed(path)}
    />
  );
}
