import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'

export interface Column<Row> {
  key: string
  header: string
  /** A CSS grid track: '2fr', '120px', 'minmax(160px, 1fr)'. */
  width: string
  align?: 'start' | 'end' | 'center'
  render(row: Row): ReactNode
}

interface VirtualTableProps<Row> {
  label: string
  rows: readonly Row[]
  columns: ReadonlyArray<Column<Row>>
  rowKey(row: Row): string | number
  onRowClick?(row: Row): void
  selectedKey?: string | number | null
  /** Called when the last rows come into view: load the next page here. */
  onEndReached?(): void
  rowHeight?: number
  empty?: ReactNode
  testId: string
  rowTestId?(row: Row): string
}

/**
 * A table that renders only the rows in view, so a list of 100,000 stays smooth and light.
 * Rows are chosen with the mouse, a finger, or the arrow keys and Enter.
 */
export function VirtualTable<Row>({
  label,
  rows,
  columns,
  rowKey,
  onRowClick,
  selectedKey,
  onEndReached,
  rowHeight = 52,
  empty,
  testId,
  rowTestId
}: VirtualTableProps<Row>) {
  const scroller = useRef<HTMLDivElement>(null)
  const [activeIndex, setActiveIndex] = useState(0)
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 8 })
  const items = virtualizer.getVirtualItems()
  const lastVisible = items.at(-1)?.index ?? -1
  const grid: CSSProperties = { gridTemplateColumns: columns.map((column) => column.width).join(' ') }

  useEffect(() => {
    if (onEndReached && rows.length > 0 && lastVisible >= rows.length - 5) onEndReached()
  }, [lastVisible, rows.length, onEndReached])

  const focusRow = (index: number) => {
    const bounded = Math.max(0, Math.min(rows.length - 1, index))
    setActiveIndex(bounded)
    virtualizer.scrollToIndex(bounded)
    const rowAt = () => scroller.current?.querySelector<HTMLElement>(`[data-index="${bounded}"]`)
    // A row already drawn takes the focus at once, so an Enter typed right after the arrow opens it;
    // one scrolled into view is drawn on the next frame.
    const drawn = rowAt()
    if (drawn) drawn.focus()
    else requestAnimationFrame(() => rowAt()?.focus())
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: Row) => {
    if (event.key === 'ArrowDown') focusRow(index + 1)
    else if (event.key === 'ArrowUp') focusRow(index - 1)
    else if (event.key === 'Home') focusRow(0)
    else if (event.key === 'End') focusRow(rows.length - 1)
    else if ((event.key === 'Enter' || event.key === ' ') && onRowClick) onRowClick(row)
    else return
    event.preventDefault()
  }

  return (
    <div className="vtable card" role="grid" aria-label={label} aria-rowcount={rows.length + 1} data-testid={testId}>
      <div className="vtable__header" role="row" style={grid}>
        {columns.map((column) => (
          <div key={column.key} role="columnheader" title={column.header} className={`vtable__cell vtable__cell--${column.align ?? 'start'}`}>
            {column.header}
          </div>
        ))}
      </div>
      <div ref={scroller} className="vtable__scroller">
        {rows.length === 0 ? (
          <div className="vtable__empty" data-testid={`${testId}-empty`}>
            {empty}
          </div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows[item.index] as Row
              const key = rowKey(row)
              const selected = selectedKey === key
              return (
                <div
                  key={key}
                  data-index={item.index}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={selected}
                  tabIndex={item.index === Math.min(activeIndex, rows.length - 1) ? 0 : -1}
                  className={`vtable__row${selected ? ' vtable__row--selected' : ''}${onRowClick ? ' vtable__row--clickable' : ''}`}
                  style={{ ...grid, height: item.size, transform: `translateY(${item.start}px)` }}
                  onClick={() => {
                    setActiveIndex(item.index)
                    onRowClick?.(row)
                  }}
                  onKeyDown={(event) => onKeyDown(event, item.index, row)}
                  data-testid={rowTestId ? rowTestId(row) : `${testId}-row`}
                >
                  {columns.map((column) => (
                    <div key={column.key} role="gridcell" className={`vtable__cell vtable__cell--${column.align ?? 'start'}`}>
                      {column.render(row)}
                    </div>
                  ))}
                </div>
              )
            })}
          </div>
        )}
      </div>
    </div>
  )
}
