import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { motion } from 'framer-motion';
import { memo, useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Enterprise } from '../../../main/core/pack/schema';
import { EnterpriseCard } from './EnterpriseCard';
import { staggerVariants } from '../ui/Screen';

/** Rows drawn beyond the screen's edge each way: a flick shows cards, not an empty band. */
const OVERSCAN_ROWS = 2;
/** A card row's height before it is measured (a 1080p card of one-line name and sector). */
const ESTIMATED_ROW_PX = 400;

/** Where a grid was scrolled and the rows it had measured: enough to open again at the same cards. */
export interface GridPlace {
  offset: number;
  rows: VirtualItem[];
}

export interface VirtualCardGridHandle {
  /** Scrolls so that the row holding item `index` is at the top of the screen. */
  scrollToItem: (index: number) => void;
  place: () => GridPlace;
}

/**
 * The directory's card grid, drawing only the rows on screen (and a few beyond): at 5,000
 * enterprises every card in the DOM took a second to appear and 35,000 nodes. Each row is a
 * `.card-grid` of the same columns as the whole grid was, so the look is the same; the number of
 * columns is read from an empty probe row (the CSS decides it, by width and orientation). The first
 * screenful rises in one card after another; cards that scroll in later are simply there.
 */
export function VirtualCardGrid({
  items,
  scroller,
  handleRef,
  initialPlace,
  entrance,
  onOpen,
}: {
  items: Enterprise[];
  scroller: HTMLDivElement;
  handleRef: RefObject<VirtualCardGridHandle | null>;
  /** Where to open (coming back from a profile). */
  initialPlace?: GridPlace;
  entrance: boolean;
  onOpen: (enterprise: Enterprise) => void;
}) {
  const gridRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(4);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Columns from the CSS grid, and where the grid starts in the scroll area (below the filters).
  useLayoutEffect(() => {
    const grid = gridRef.current;
    const probe = probeRef.current;
    if (!grid || !probe) return;
    const measure = () => {
      const tracks = getComputedStyle(probe).gridTemplateColumns.split(' ').filter(Boolean).length;
      setColumns(Math.max(1, tracks));
      const top = grid.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      setScrollMargin(Math.round(top));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    observer.observe(grid.parentElement ?? grid);
    return () => observer.disconnect();
  }, [scroller]);

  const rows = Math.ceil(items.length / columns);
  const initialOffset = initialPlace?.offset ?? 0;
  // The kiosk does not use the React Compiler, whose memoising this warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    initialOffset,
    initialMeasurementsCache: initialPlace?.rows,
  });

  handleRef.current = {
    scrollToItem: (index) => virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'start' }),
    place: () => ({ offset: scroller.scrollTop, rows: virtualizer.takeSnapshot() }),
  };

  // Coming back to a scrolled list: the scroll area is put back where it was before the first paint.
  useLayoutEffect(() => {
    if (initialOffset > 0) scroller.scrollTop = initialOffset;
    // Only on mount: later scrolling is the visitor's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const virtualRows = virtualizer.getVirtualItems();
  const offset = virtualizer.scrollOffset ?? 0;
  // Only the cards on the first screen rise in; cards that mount once the visitor scrolls do not.
  const scrolled = useRef(false);
  if (offset !== initialOffset) scrolled.current = true;
  const rises = entrance && !scrolled.current;
  // One callback for every card, so that rows already on screen skip the render a scroll causes.
  const latestOpen = useRef(onOpen);
  latestOpen.current = onOpen;
  const openCard = useCallback((enterprise: Enterprise) => latestOpen.current(enterprise), []);

  return (
    <motion.div
      ref={gridRef}
      className="card-grid-virtual"
      style={{ height: virtualizer.getTotalSize() }}
      variants={staggerVariants}
      initial={entrance ? 'hidden' : false}
      animate="show"
    >
      <div ref={probeRef} className="card-grid card-grid-virtual__probe" aria-hidden="true" />
      {virtualRows.map((row) => (
        <CardRow
          key={row.key}
          index={row.index}
          top={row.start - scrollMargin}
          items={items}
          columns={columns}
          entrance={rises}
          measure={virtualizer.measureElement}
          onOpen={openCard}
        />
      ))}
    </motion.div>
  );
}

/**
 * One row of cards. Memoised: a scroll that brings a row in re-renders the grid, and the rows
 * already on screen then skip their cards' render (a screenful is a dozen framer-motion buttons).
 */
const CardRow = memo(function CardRow({
  index,
  top,
  items,
  columns,
  entrance,
  measure,
  onOpen,
}: {
  index: number;
  top: number;
  items: Enterprise[];
  columns: number;
  entrance: boolean;
  measure: (node: Element | null) => void;
  onOpen: (enterprise: Enterprise) => void;
}) {
  return (
    <div
      ref={measure}
      data-index={index}
      className="card-grid card-grid-virtual__row"
      style={{ transform: `translateY(${top}px)` }}
    >
      {items.slice(index * columns, (index + 1) * columns).map((enterprise) => (
        <EnterpriseCard
          key={enterprise.id}
          enterprise={enterprise}
          entrance={entrance}
          onOpen={() => onOpen(enterprise)}
        />
      ))}
    </div>
  );
});
