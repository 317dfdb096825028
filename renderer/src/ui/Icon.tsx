/** Small inline SVG icons (no icon font, nothing from the network). Decorative: aria-hidden. */
type IconName =
  | 'back'
  | 'home'
  | 'prev'
  | 'next'
  | 'play'
  | 'pause'
  | 'arrow'
  | 'sound'
  | 'muted'
  | 'pin'
  | 'spark'
  | 'mail'
  | 'close'
  | 'search'
  | 'flame';

const PATHS: Record<IconName, string> = {
  back: 'M15 5l-7 7 7 7',
  home: 'M4 11.5L12 4l8 7.5V20a1 1 0 0 1-1 1h-4.5v-6h-5v6H5a1 1 0 0 1-1-1z',
  prev: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  play: 'M8 5.5v13l11-6.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  arrow: 'M5 12h13M13 6l6 6-6 6',
  sound: 'M4 9.5h3.5L12 5.5v13l-4.5-4H4zM15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11',
  muted: 'M4 9.5h3.5L12 5.5v13l-4.5-4H4zM16 9.5l5 5M21 9.5l-5 5',
  pin: 'M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11zM12 12.3a2.3 2.3 0 1 0 0-4.6 2.3 2.3 0 0 0 0 4.6z',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.3 15.3L20 20',
  spark: 'M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2.5 2.5M15.5 15.5L18 18M6 18l2.5-2.5M15.5 8.5L18 6',
  mail: 'M3.5 6h17v12h-17zM3.5 6.5l8.5 7 8.5-7',
  close: 'M6 6l12 12M18 6L6 18',
  flame:
    'M12 22c-4 0-7-2.7-7-6.6 0-3.1 1.9-5.1 3.6-7 .3 1.7 1.1 2.9 2.3 3.6C10.6 8.3 12 5 15 2.5c-.4 3 .6 5 2 6.9 1.1 1.5 2 3.2 2 5.9C19 19.3 16 22 12 22z',
};

const FILLED: ReadonlySet<IconName> = new Set(['play', 'pause', 'flame']);

export function Icon({ name, className }: { name: IconName; className?: string }) {
  const filled = FILLED.has(name);
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke={filled ? 'none' : 'currentColor'}
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
