import { Quantity } from '../../components/Quantity'
import { useState } from 'react'
import type { Result } from '../../../../shared/errors'
import type { LowStockPage } from '../../../../shared/stats'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useLiveQuery } from '../../lib/use-live-query'
import { useTranslation } from 'react-i18next'

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
  const { t } = useTranslation()
  const [pages, setPages] = useState(1)
  const low = useLiveQuery(() => loadPages(pages), [pages], ['stock.changed', 'catalog.changed'])
  const items = low.data?.items ?? []
  return (
    <section className="card stats-panel stats-low" data-testid="stats-low-stock" aria-label={t('stats.lowStock')}>
      <h2 className="stats-section-title">{t('stats.lowStock')}</h2>
      <ErrorNotice error={low.error} testId="stats-low-stock-error" />
      {low.data && items.length === 0 ? <p className="muted stats-empty">{t('stats.nothingIsAtOr')}</p> : null}
      {items.length > 0 ? (
        <table className="stats-table">
          <thead>
            <tr>
              <th>{t('stats.product')}</th>
              <th>{t('stats.sku')}</th>
              <th className="stats-table__number">{t('stats.inStock')}</th>
              <th className="stats-table__number">{t('stats.reorderAt')}</th>
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
                  {item.stock === 0 ? <Badge tone="danger">{t('stats.out')}</Badge> : <Quantity quantity={item.stock} soldBy={item.soldBy} />}
                </td>
                <td className="stats-table__number">
                  <Quantity quantity={item.threshold} soldBy={item.soldBy} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {low.data?.next ? (
        <Button size="small" variant="ghost" onClick={() => setPages((count) => count + 1)} data-testid="stats-low-stock-more">
          {t('stats.showMore')}
        </Button>
      ) : null}
    </section>
  )
}
