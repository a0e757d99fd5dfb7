import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParkedCartPage } from '../../../../shared/cart'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { call } from '../../lib/call'
import { useLiveQuery } from '../../lib/use-live-query'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { useCartStore } from './cart-store'
import { SaleTotal } from './SaleTotal'
import { useDateLocale } from '../../i18n/use-locale'

/** The sales set aside, newest first: resume one (when the current sale is empty) or throw it away. */
export function ParkedCartsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const current = useCartStore((state) => state.cart)
  const load = useCartStore((state) => state.load)
  const parked = useLiveQuery<ParkedCartPage>(() => window.api.cart.parked({ limit: 100 }), [], ['cart.changed'])
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busyId, setBusyId] = useState<number | null>(null)
  const [confirmDiscard, setConfirmDiscard] = useState<number | null>(null)
  const busyWithSale = (current?.lines.length ?? 0) > 0
  const time = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'short', timeStyle: 'short', timeZone: settings.timeZone })

  const resume = async (cartId: number, label: string) => {
    setBusyId(cartId)
    const result = await call(() => window.api.cart.resume({ cartId }))
    if (result.ok) await load()
    setBusyId(null)
    if (!result.ok) {
      setError(result.error)
      return
    }
    toast(t('sell.parkedList.resumed', { label }))
    onClose()
  }
  const discard = async (cartId: number) => {
    setBusyId(cartId)
    const result = await call(() => window.api.cart.discard({ cartId }))
    setBusyId(null)
    setConfirmDiscard(null)
    if (!result.ok) setError(result.error)
    else toast(t('sell.parkedList.thrownAway'))
  }
  const carts = parked.data?.carts ?? []

  return (
    <Dialog title={t('sell.parkedList.title')} onClose={onClose} testId="parked-dialog" width="wide">
      {busyWithSale ? (
        <p className="notice notice--info" data-testid="parked-dialog-busy">
          {t('sell.parkedList.busy')}
        </p>
      ) : null}
      <ErrorNotice error={error ?? parked.error} testId="parked-dialog-error" />
      {parked.data && carts.length === 0 ? (
        <p className="muted" data-testid="parked-dialog-empty">
          {t('sell.parkedList.empty')}
        </p>
      ) : null}
      <ul className="plain-list">
        {carts.map((cart, index) => (
          <li key={cart.id} className="parked-item card" data-testid="parked-cart">
            <div className="parked-item__text">
              <strong data-testid="parked-cart-label">{cart.label}</strong>
              <span className="muted">
                {cart.customerName ? `${cart.customerName} · ` : ''}
                {t('sell.itemCount', { count: cart.itemCount })} · {t('sell.parkedList.parkedAt', { time: time.format(cart.parkedAt) })}
              </span>
            </div>
            <SaleTotal amount={cart.total} overLimit={cart.overLimit} className="parked-item__total" testId="parked-cart-total" />
            {confirmDiscard === cart.id ? (
              <>
                <Button variant="danger" size="small" busy={busyId === cart.id} onClick={() => void discard(cart.id)} data-testid="parked-cart-discard-confirm">
                  {t('sell.parkedList.throwAway')}
                </Button>
                <Button size="small" onClick={() => setConfirmDiscard(null)}>
                  {t('sell.parkedList.keep')}
                </Button>
              </>
            ) : (
              <>
                <Button size="small" variant="ghost" onClick={() => setConfirmDiscard(cart.id)} data-testid="parked-cart-discard">
                  {t('sell.parkedList.discard')}
                </Button>
                <Button
                  variant="primary"
                  disabled={busyWithSale}
                  busy={busyId === cart.id}
                  onClick={() => void resume(cart.id, cart.label)}
                  data-testid="parked-cart-resume"
                  data-autofocus={index === 0 && !busyWithSale ? true : undefined}
                >
                  {t('sell.parkedList.resume')}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
