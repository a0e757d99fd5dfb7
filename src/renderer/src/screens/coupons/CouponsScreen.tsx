import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { businessDay } from '../../../../shared/business-day'
import { couponStanding, type Coupon, type CouponStanding } from '../../../../shared/coupons'
import { Badge, type BadgeTone } from '../../components/Badge'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useFormatMoney } from '../../components/Money'
import { ScreenHeader } from '../../components/ScreenHeader'
import { formatBasisPoints } from '../../lib/percent'
import { useLiveQuery } from '../../lib/use-live-query'
import { useNow } from '../../lib/use-now'
import { useShopSettings } from '../../stores/settings-store'
import { CouponFormDialog } from './CouponFormDialog'
import { PromotionsSection } from './PromotionsSection'
import './coupons.css'

const STANDING_TONE: Record<CouponStanding, BadgeTone> = { active: 'success', off: 'neutral', scheduled: 'accent', expired: 'warning', usedUp: 'warning' }

/** Every coupon the till takes (F7 on Sell): what it takes off, on which days, how often it was used. */
export function CouponsScreen() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const format = useFormatMoney()
  const today = businessDay(useNow(60_000), settings.timeZone)
  const [pages, setPages] = useState(1)
  const [open, setOpen] = useState<{ coupon: Coupon | null } | null>(null)
  // Pages of 200 by code; "Show more" asks for one page more, so a change reloads what is shown.
  const list = useLiveQuery(() => loadPages(pages), [pages], ['coupon.changed'])
  const coupons = list.data?.coupons ?? []

  return (
    <div className="screen coupons-screen" data-testid="coupons-screen">
      <ScreenHeader title={t('coupons.title')} subtitle={t('coupons.subtitle')}>
        <Button variant="primary" hotkey="Alt+N" onClick={() => setOpen({ coupon: null })} data-testid="coupons-new">
          {t('coupons.new')}
        </Button>
      </ScreenHeader>
      <ErrorNotice error={list.error} testId="coupons-error" />
      <div className="card coupons-list">
        {list.data && coupons.length === 0 ? (
          <p className="muted" data-testid="coupons-empty">
            {t('coupons.empty')}
          </p>
        ) : (
          <table className="coupons-table" data-testid="coupons-table">
            <caption className="visually-hidden">{t('coupons.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coupons.column.code')}</th>
                <th scope="col">{t('coupons.column.takesOff')}</th>
                <th scope="col">{t('coupons.column.valid')}</th>
                <th scope="col">{t('coupons.column.used')}</th>
                <th scope="col">{t('coupons.column.standing')}</th>
              </tr>
            </thead>
            <tbody>
              {coupons.map((coupon) => {
                const standing = couponStanding(coupon, today)
                return (
                  <tr key={coupon.id} data-testid="coupon-row" data-code={coupon.code}>
                    <td>
                      <button type="button" className="coupons-table__open" onClick={() => setOpen({ coupon })} data-testid="coupon-row-open">
                        <strong>{coupon.code}</strong>
                        {coupon.description ? <span className="muted">{coupon.description}</span> : null}
                      </button>
                    </td>
                    <td className="tabular" data-testid="coupon-row-value">
                      {coupon.kind === 'percent' ? formatBasisPoints(coupon.value, settings.locale) : format(coupon.value)}
                      {coupon.minSpend > 0 ? <span className="muted"> {t('coupons.minSpendShort', { amount: format(coupon.minSpend) })}</span> : null}
                    </td>
                    <td className="tabular" data-testid="coupon-row-valid">
                      {validity(coupon, t)}
                    </td>
                    <td className="tabular" data-testid="coupon-row-used">
                      {coupon.usageLimit === null
                        ? t('coupons.usedUnlimited', { used: coupon.timesUsed })
                        : t('coupons.usedOf', { used: coupon.timesUsed, limit: coupon.usageLimit })}
                    </td>
                    <td>
                      <Badge tone={STANDING_TONE[standing]} testId="coupon-row-standing">
                        {t(`coupons.standing.${standing}`)}
                      </Badge>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        {list.data?.next ? (
          <Button onClick={() => setPages((count) => count + 1)} data-testid="coupons-more">
            {t('coupons.more')}
          </Button>
        ) : null}
      </div>
      <PromotionsSection />
      {open ? <CouponFormDialog coupon={open.coupon} onClose={() => setOpen(null)} /> : null}
    </div>
  )
}

const PAGE = 200

/** The first `pages` pages, read one after the other (keyset by code). */
async function loadPages(pages: number) {
  const coupons: Coupon[] = []
  let after: string | undefined
  for (let page = 0; page < pages; page++) {
    const result = await window.api.coupons.list({ limit: PAGE, ...(after === undefined ? {} : { after }) })
    if (!result.ok) return result
    coupons.push(...result.data.coupons)
    if (result.data.next === null) return { ok: true as const, data: { coupons, next: null } }
    after = result.data.next
  }
  return { ok: true as const, data: { coupons, next: after ?? null } }
}

function validity(coupon: Coupon, t: TFunction): string {
  if (coupon.validFrom && coupon.validUntil) return t('coupons.validBetween', { from: coupon.validFrom, until: coupon.validUntil })
  if (coupon.validFrom) return t('coupons.validFrom', { from: coupon.validFrom })
  if (coupon.validUntil) return t('coupons.validUntil', { until: coupon.validUntil })
  return t('coupons.validAlways')
}
