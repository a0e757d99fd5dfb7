import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Promotion } from '../../../../shared/promotions'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFormatMoney } from '../../components/Money'
import { useLiveQuery } from '../../lib/use-live-query'
import { PromotionFormDialog } from './PromotionFormDialog'

/** The quantity promotions beside the coupons: each with its product and deal; the cart applies them by itself. */
export function PromotionsSection() {
  const { t } = useTranslation()
  const format = useFormatMoney()
  const [open, setOpen] = useState<{ promotion: Promotion | null } | null>(null)
  const list = useLiveQuery(() => window.api.promotions.list({ includeInactive: true }), [], ['promotion.changed', 'catalog.changed'])
  const promotions = list.data ?? []

  return (
    <section className="card coupons-list promotions-list" data-testid="promotions-section" aria-labelledby="promotions-title">
      <div className="promotions-list__head">
        <div>
          <h2 id="promotions-title">{t('coupons.promotions.title')}</h2>
          <p className="muted">{t('coupons.promotions.subtitle')}</p>
        </div>
        <Button onClick={() => setOpen({ promotion: null })} data-testid="promotions-new">
          {t('coupons.promotions.new')}
        </Button>
      </div>
      <ErrorNotice error={list.error} testId="promotions-error" />
      {list.data && promotions.length === 0 ? (
        <p className="muted" data-testid="promotions-empty">
          {t('coupons.promotions.empty')}
        </p>
      ) : (
        <table className="coupons-table" data-testid="promotions-table">
          <caption className="visually-hidden">{t('coupons.promotions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coupons.promotions.column.name')}</th>
              <th scope="col">{t('coupons.promotions.column.target')}</th>
              <th scope="col">{t('coupons.promotions.column.deal')}</th>
              <th scope="col">{t('coupons.promotions.column.standing')}</th>
            </tr>
          </thead>
          <tbody>
            {promotions.map((promotion) => (
              <tr key={promotion.id} data-testid="promotion-row" data-name={promotion.name}>
                <td>
                  <button type="button" className="coupons-table__open" onClick={() => setOpen({ promotion })} data-testid="promotion-row-open">
                    <strong>{promotion.name}</strong>
                  </button>
                </td>
                <td data-testid="promotion-row-target">{promotion.productName ?? t('coupons.promotions.categoryTarget', { name: promotion.category })}</td>
                <td className="tabular" data-testid="promotion-row-deal">
                  {promotion.kind === 'multi_price'
                    ? t('coupons.promotions.deal.multiPrice', { quantity: promotion.quantity, price: format(promotion.price) })
                    : t('coupons.promotions.deal.buyGet', { quantity: promotion.quantity, free: promotion.freeQuantity })}
                </td>
                <td>
                  <Badge tone={promotion.active ? 'success' : 'neutral'} testId="promotion-row-standing">
                    {promotion.active ? t('coupons.promotions.standing.on') : t('coupons.promotions.standing.off')}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open ? <PromotionFormDialog promotion={open.promotion} onClose={() => setOpen(null)} /> : null}
    </section>
  )
}
