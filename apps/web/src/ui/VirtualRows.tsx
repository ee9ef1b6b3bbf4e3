import {
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

export type VirtualRowsProps<T> = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onScroll'> & {
  items: readonly T[];
  /** Every row has this height in pixels; fixed heights are what make 10,000 rows cheap. */
  rowHeight: number;
  /** Height of the scrolling area (any CSS length). */
  height: CSSProperties['height'];
  getKey: (item: T, index: number) => string;
  /** Renders one row; `style` positions it and must be applied to the row's outer element. */
  renderRow: (item: T, index: number, style: CSSProperties) => ReactNode;
  /** Rows drawn beyond the visible ones on each side, so fast scrolling and tabbing find them ready. */
  overscan?: number;
  /** Called when the reader gets within `endThreshold` rows of the end (load the next page). */
  onEndReached?: () => void;
  endThreshold?: number;
  /** Drawn above the rows inside the scrolling area, sticky (a table header). */
  header?: ReactNode;
  /** Used before the area has been measured (and in jsdom, which measures nothing); a close guess saves a re-render. */
  fallbackViewport?: number;
};

/** The rows between `start` and `end` (exclusive) that should exist in the DOM for a scroll position. */
export const visibleRange = (
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan: number,
): { start: number; end: number } => {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, first + visible + overscan) };
};

/**
 * A windowed list: only the rows in view (plus a few) are in the DOM, each absolutely positioned inside a
 * spacer as tall as all rows together. No dependencies; rows of one fixed height.
 */
export const VirtualRows = <T,>({
  items,
  rowHeight,
  height,
  getKey,
  renderRow,
  overscan = 8,
  onEndReached,
  endThreshold = 20,
  header,
  fallbackViewport = 800,
  style,
  ...rest
}: VirtualRowsProps<T>) => {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const frame = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    // No measuring here: reading clientHeight in a layout effect forces a layout of the whole page inside
    // React's commit. The observer reports the size after the browser's own layout (before paint); until then
    // `fallbackViewport` decides how many rows to draw.
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setViewport(Math.round(entry.target.clientHeight));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const onScroll = useCallback(() => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      if (scrollRef.current) setScrollTop(scrollRef.current.scrollTop);
    });
  }, []);

  const { start, end } = visibleRange(scrollTop, viewport || fallbackViewport, rowHeight, items.length, overscan);

  useEffect(() => {
    if (onEndReached && items.length > 0 && end >= items.length - endThreshold) onEndReached();
  }, [end, items.length, endThreshold, onEndReached]);

  const rows: ReactNode[] = [];
  for (let index = start; index < end; index += 1) {
    const item = items[index] as T;
    rows.push(
      <RowSlot key={getKey(item, index)}>
        {renderRow(item, index, { position: 'absolute', top: index * rowHeight, left: 0, right: 0, height: rowHeight })}
      </RowSlot>,
    );
  }

  return (
    <div
      ref={scrollRef}
      onScroll={onScroll}
      style={{ height, overflowY: 'auto', position: 'relative', ...style }}
      {...rest}
    >
      {header}
      <div role="rowgroup" style={{ position: 'relative', height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  );
};

// Keeps the key on a stable element without adding a DOM node.
const RowSlot = ({ children }: { children: ReactNode }) => <>{children}</>;
