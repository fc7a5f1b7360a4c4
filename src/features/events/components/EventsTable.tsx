// The events table: TanStack Table for the header, sort state and column visibility; TanStack Virtual
// so only the rows in view (plus a few) are in the DOM, however many events there are. The rows are
// drawn straight from the virtualiser's items: TanStack Table gets no data, because building its row
// model for 100 000 events on every filter change was most of the filtering time. Semantic <table>
// markup with aria-sort and aria-rowcount/aria-rowindex, so screen readers know the full size.
import { flexRender, getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { EventsView } from '../../../domain/events-view';
import type { ReportEvent } from '../../../domain/report-schema';
import { usePrinting } from '../../../shared/components/chart/print-media';
import type { QueryTerm } from '../../../domain/search';
import { isSortKey, type SortKey, type SortState } from '../../../domain/sort';
import { useHydrating } from '../../../shared/hydration';
import { CELLS, COLUMN_LABELS, COLUMNS } from './columns';

const NO_DATA: ReportEvent[] = [];
const noMeasure = () => {};

const ROW_ESTIMATE_PX = 72;
const OVERSCAN = 8;

/** A row that reports no height has not been laid out (jsdom, hidden): count it at the estimate. */
function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
) {
  return measureElement(element, entry, instance) || ROW_ESTIMATE_PX;
}

/** Before layout (or without one, as in jsdom) the container reports 0 px: assume a window's height. */
function observeRectWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(
      rect.height > 0 ? rect : { width: rect.width, height: typeof window === 'undefined' ? 800 : window.innerHeight },
    ),
  );
}

interface Props {
  /** The filtered, sorted events. */
  rows: EventsView;
  terms: readonly QueryTerm[];
  sort: SortState;
  onSort: (next: SortState) => void;
  hidden: readonly SortKey[];
  href: (event: ReportEvent) => string;
  /** Event to scroll to on first render (the URL's scroll position key). */
  initialAt: string | null;
  /** Reports the first visible event after scrolling settles (null at the top). */
  onScrollSettled: (eventId: string | null) => void;
}

interface RowProps {
  event: ReportEvent;
  index: number;
  columns: readonly SortKey[];
  terms: readonly QueryTerm[];
  href: (event: ReportEvent) => string;
  measure: (element: Element | null) => void;
}

/** One event's row; memoised, so scrolling renders only the rows that come into view. */
const EventRow = memo(function EventRow({ event, index, columns, terms, href, measure }: RowProps) {
  const navigate = useNavigate();
  return (
    <tr
      data-index={index}
      ref={measure}
      aria-rowindex={index + 2}
      onClick={(e) => {
        // The whole row opens the event for mouse users; the title link is the keyboard target.
        if ((e.target as HTMLElement).closest('a, button')) return;
        if (window.getSelection()?.toString()) return; // selecting text is not a click
        void navigate(href(event));
      }}
    >
      {columns.map((column) => (
        // data-label: the column's name, shown before the value where the row is a card (phones).
        <td key={column} className={`col-${column}`} data-label={COLUMN_LABELS[column]}>
          {CELLS[column](event, { index, terms, href })}
        </td>
      ))}
    </tr>
  );
});

function EventsTableView({ rows, terms, sort, onSort, hidden, href, initialAt, onScrollSettled }: Props) {
  const sorting: SortingState = [{ id: sort.key, desc: sort.dir === 'desc' }];
  const columnVisibility = Object.fromEntries(hidden.map((c) => [c, false]));

  // eslint-disable-next-line react-hooks/incompatible-library -- the table instance is rebuilt from props each render
  const table = useReactTable({
    data: NO_DATA,
    columns: COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (event) => event.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      if (next && isSortKey(next.id)) onSort({ key: next.id, dir: next.desc ? 'desc' : 'asc' });
    },
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  // A new key function makes the virtualiser lay out all rows again (100 000 at scale): only when
  // the rows change, not on every render such as the one after each row is measured.
  const getItemKey = useCallback((index: number) => (index < rows.size ? rows.event(index).id : index), [rows]);
  // A prerendered page holds every row (readable and printable without JavaScript), and hydration
  // must render the same: until the scroller is measured, it counts as tall enough for all of them.
  const hydrating = useHydrating();
  const virtualizer = useVirtualizer({
    initialRect: hydrating ? { width: 0, height: rows.size * ROW_ESTIMATE_PX } : undefined,
    count: rows.size,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    getItemKey,
    observeElementRect: observeRectWithFallback,
    measureElement: measureRow,
  });

  // Restore the scroll position key once; afterwards new filters or sort start from the top. Only
  // when not there already, and known from the scroll events: reading scrollTop here would force a
  // layout in the middle of every filter update.
  const restored = useRef(false);
  const scrolled = useRef(false);
  useEffect(() => {
    if (restored.current) {
      if (scrolled.current) scrollRef.current?.scrollTo?.({ top: 0 });
      return;
    }
    restored.current = true;
    const index = initialAt ? rows.events().findIndex((e) => e.id === initialAt) : -1;
    if (index > 0) virtualizer.scrollToIndex(index, { align: 'start' });
    // Only on a new set of rows: the virtualizer is stable and initialAt is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows]);

  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);
  const onScroll = () => {
    scrolled.current = (scrollRef.current?.scrollTop ?? 0) > 0;
    clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      const top = scrollRef.current?.scrollTop ?? 0;
      const first = top > 0 ? virtualizer.getVirtualItemForOffset(top) : undefined;
      onScrollSettled(first && first.index > 0 && first.index < rows.size ? rows.event(first.index).id : null);
    }, 400);
  };

  // Arrow keys move between the rows' links; Tab still walks every control.
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const current = (e.target as HTMLElement).closest<HTMLElement>('[data-row-link]');
    if (!current) return;
    e.preventDefault();
    const target = Number(current.dataset.rowLink) + (e.key === 'ArrowDown' ? 1 : -1);
    if (target < 0 || target >= rows.size) return;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-row-link="${target}"]`)?.focus());
  };

  // On paper every row is there: printing renders the whole list at once (print-media.ts) and the
  // virtualiser takes over again afterwards.
  const printing = usePrinting();
  const items = printing
    ? Array.from({ length: rows.size }, (_, index) => ({ key: rows.event(index).id, index, start: 0, end: 0 }))
    : virtualizer.getVirtualItems();
  const columnKey = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join(' ');
  const columns = useMemo(() => columnKey.split(' ') as SortKey[], [columnKey]);
  const visibleColumns = columns.length;
  const paddingTop = printing ? 0 : (items[0]?.start ?? 0);
  const paddingBottom = printing || items.length === 0 ? 0 : virtualizer.getTotalSize() - items[items.length - 1]!.end;

  return (
    <div className="events-table__scroller" ref={scrollRef} onScroll={onScroll} tabIndex={-1}>
      <table className="events-table" aria-rowcount={rows.size + 1} aria-labelledby="events-table-caption">
        <caption id="events-table-caption" className="visually-hidden">
          Мероприятия отчёта; заголовки столбцов сортируют таблицу
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = COLUMN_LABELS[header.column.id as SortKey];
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`col-${header.column.id}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                      title={`Сортировать по столбцу «${label}»`}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span className="sort-button__icon" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={visibleColumns} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => (
            <EventRow
              key={item.key}
              event={rows.event(item.index)}
              index={item.index}
              columns={columns}
              terms={terms}
              href={href}
              measure={printing ? noMeasure : virtualizer.measureElement}
            />
          ))}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={visibleColumns} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Memoised: it re-renders when its own props change, not when the URL merely catches up. */
export const EventsTable = memo(EventsTableView);
