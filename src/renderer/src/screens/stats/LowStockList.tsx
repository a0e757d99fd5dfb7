import { useState } from 'react'
import type { Result } from '../../../../shared/errors'
import type { LowStockPage } from '../../../../shared/stats'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useLiveQuery } from '../../lib/use-live-query'

const PAGE = 25

/** The first `pages` keyset pages, walked again on every stock change so the list never goes stale. */
async function loadPages(pages: number): Promise<Result<LowStockPage>> {
  const items: LowStockPage['items'] = []
  let next: LowStockPage['next'] = null
  for (let page = 0; page < pages; page++) {
    const result = await window.api.stats.lowStock(next ? { limit: PAGE, after: next } : { limit: PAGE })
    if (!result.ok) return result
    items.push(...result.data.items)
    next = result.data.next
    if (!next) break
  }
  return { ok: true, data: { items, next } }
}

/** Variants at or under their low-stock threshold, a page at a time, kept live as stock moves. */
export function LowStockList() {
  const [pages, setPages] = useState(1)
  const low = useLiveQuery(() => loadPages(pages), [pages], ['stock.changed', 'catalog.changed'])
  const items = low.data?.items ?? []
  return (
    <section className="card stats-panel stats-low" data-testid="stats-low-stock" aria-label="Low stock">
      <h2 className="stats-section-title">Low stock</h2>
      <ErrorNotice error={low.error} testId="stats-low-stock-error" />
      {low.data && items.length === 0 ? <p className="muted stats-empty">Nothing is at or under its low-stock level.</p> : null}
      {items.length > 0 ? (
        <table className="stats-table">
          <thead>
            <tr>
              <th>Product</th>
              <th>SKU</th>
              <th className="stats-table__number">In stock</th>
              <th className="stats-table__number">Reorder at</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.variantId} data-testid={`stats-low-${item.variantId}`}>
                <td>
                  {item.name}
                  {item.label ? <span className="muted"> · {item.label}</span> : null}
                </td>
                <td className="muted">{item.sku}</td>
                <td className="stats-table__number" data-testid={`stats-low-${item.variantId}-stock`}>
                  {item.stock === 0 ? <Badge tone="danger">Out</Badge> : item.stock}
                </td>
                <td className="stats-table__number">{item.threshold}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {low.data?.next ? (
        <Button size="small" variant="ghost" onClick={() => setPages((count) => count + 1)} data-testid="stats-low-stock-more">
          Show more
        </Button>
      ) : null}
    </section>
  )
}
