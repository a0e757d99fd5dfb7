import { useCallback } from 'react'
import type { Cart, CartLine } from '../../../../shared/cart'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Money } from '../../components/Money'
import { inScreenLanguage, reasonSentence, showError } from '../../lib/errors'
import { useHotkey } from '../../lib/hotkeys'
import { useCartStore } from './cart-store'
import { CartLineRow } from './CartLineRow'
import type { SellDialog } from './SellDialogs'
import { useTranslation } from 'react-i18next'

function Totals({ cart }: { cart: Cart }) {
  const { t } = useTranslation()
  const { totals } = cart
  const discounts = totals.lineDiscountTotal + totals.orderDiscountTotal
  return (
    <dl className="cart-totals" data-testid="cart-totals">
      <div>
        <dt>{t('print.subtotal')}</dt>
        <dd>
          <Money amount={totals.subtotal} testId="cart-subtotal" />
        </dd>
      </div>
      {totals.promotions.map((promotion) => (
        <div key={promotion.promotionId} data-testid="cart-promotion">
          <dt>{promotion.name}</dt>
          <dd>
            −<Money amount={promotion.discount} testId="cart-promotion-discount" />
          </dd>
        </div>
      ))}
      {discounts > 0 ? (
        <div>
          <dt>{t('print.discounts')}</dt>
          <dd>
            −<Money amount={discounts} testId="cart-discounts" />
          </dd>
        </div>
      ) : null}
      {cart.coupon ? (
        <div>
          <dt>
            {t('sell.couponCode', { code: cart.coupon.code })}
            {cart.coupon.problem ? (
              <span className="cart-totals__problem" data-testid="cart-coupon-problem">
                {' '}
                · {reasonSentence(cart.coupon.problem)}
              </span>
            ) : null}
          </dt>
          <dd>
            −<Money amount={totals.couponDiscountTotal} testId="cart-coupon-discount" />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{cart.taxMode === 'inclusive' ? t('print.taxIncluded') : t('print.tax')}</dt>
        <dd>
          <Money amount={totals.taxTotal} testId="cart-tax" />
        </dd>
      </div>
      <div className="cart-totals__total">
        <dt>{t('print.total')}</dt>
        <dd>
          <Money amount={totals.total} testId="cart-total" />
        </dd>
      </div>
    </dl>
  )
}

/**
 * In the totals' place while the sale is past what a till holds: the coded refusal in the screen's
 * language and what to do, compact enough to leave the marked line in view at 800x600.
 */
function OverLimit({ refusal, lineMarked }: { refusal: AppErrorData; lineMarked: boolean }) {
  const { t } = useTranslation()
  const { sentence, code } = showError(inScreenLanguage(refusal))
  return (
    <div id="cart-over-limit" className="notice notice--error cart__over-limit" role="alert" data-testid="cart-over-limit">
      <p className="notice__sentence">
        <span data-testid="cart-over-limit-sentence">{sentence}</span>{' '}
        <span className="cart__over-limit-hint" data-testid="cart-over-limit-hint">
          {lineMarked ? t('counter.overLimit.hintLine') : t('counter.overLimit.hintTotal')}
        </span>
      </p>
      <span className="notice__code" data-testid="cart-over-limit-code" title={t('errors.codeTitle')}>
        {code}
      </span>
    </div>
  )
}

/** The line a refusal's path names ("lines.2"), or null when it names the total. */
function lineIndexOf(path: string | undefined): number | null {
  const match = /^lines\.(\d+)$/.exec(path ?? '')
  return match ? Number(match[1]) : null
}

/** The right half of Sell: the sale in progress, its adjustments, and the way to pay or set it aside. */
export function CartPanel({ open }: { open(dialog: SellDialog): void }) {
  const { t } = useTranslation()
  const cart = useCartStore((state) => state.cart)
  const error = useCartStore((state) => state.error)
  const notice = useCartStore((state) => state.notice)
  const lastLineId = useCartStore((state) => state.lastLineId)
  const changeSeq = useCartStore((state) => state.changeSeq)
  const clearError = useCartStore((state) => state.clearError)
  const setNotice = useCartStore((state) => state.setNotice)
  const lines = cart?.lines ?? []
  const empty = lines.length === 0
  // A price raised since the lines were added took the sale past what a till holds: shown, not payable.
  const overLimit = cart?.overLimit ?? null
  const overLine = overLimit ? lineIndexOf(overLimit.issues?.[0]?.path) : null
  const openLine = useCallback((line: CartLine) => open({ kind: 'line', lineId: line.id }), [open])

  // As the totals count them: a weighing is one item, whatever it weighs.
  const items = cart?.totals.itemCount ?? 0
  // The line a scan or tap changed last (else the last one): Ctrl+Backspace voids it, Ctrl+D sells one more.
  const changeLine = useCartStore((state) => state.changeLine)
  const current = lines.find((line) => line.id === lastLineId) ?? lines.at(-1)
  useHotkey(
    'Ctrl+Backspace',
    () => {
      if (current) void changeLine(current.id, (cartId) => window.api.cart.removeLine({ cartId, lineId: current.id }))
    },
    current !== undefined
  )
  useHotkey(
    'Ctrl+D',
    () => {
      if (current) void changeLine(current.id, (cartId) => window.api.cart.setQuantity({ cartId, lineId: current.id, quantity: current.quantity + 1 }))
    },
    current !== undefined
  )

  return (
    <section className="cart card" aria-label={t('sell.saleInProgress')} data-testid="cart">
      <header className="cart__header">
        <div className="cart__title">
          <h2>{cart?.label ? t('sell.saleLabelled', { label: cart.label }) : t('sell.sale')}</h2>
          {empty ? null : (
            <span className="cart__count muted tabular" data-testid="cart-count">
              {t('sell.lineCount', { count: lines.length })} · {t('sell.itemCount', { count: items })}
            </span>
          )}
        </div>
        <Button size="small" hotkey="F3" onClick={() => open({ kind: 'customer' })} data-testid="cart-customer">
          {cart?.customer ? cart.customer.name : t('sell.customer')}
        </Button>
      </header>
      <ErrorNotice error={error} testId="cart-error" onDismiss={clearError} />
      {notice ? (
        <div className="notice notice--info" role="status" data-testid="cart-notice">
          <p className="notice__sentence">{notice}</p>
          <button type="button" className="button button--ghost button--small" onClick={() => setNotice(null)}>
            <span>{t('common.dismiss')}</span>
          </button>
        </div>
      ) : null}
      <div className="cart__body">
        <div className="cart__list">
          {empty ? (
            <p className="cart__empty muted" data-testid="cart-empty">
              {t('sell.emptyCart')}
            </p>
          ) : (
            <ol className="cart-lines" data-testid="cart-lines">
              {lines.map((line, index) => (
                <CartLineRow
                  key={line.id}
                  line={line}
                  highlighted={line.id === lastLineId}
                  changeSeq={line.id === lastLineId ? changeSeq : 0}
                  priced={overLimit === null}
                  overLimit={index === overLine}
                  onOpen={openLine}
                />
              ))}
            </ol>
          )}
          {cart?.note ? (
            <p className="cart__note" data-testid="cart-note">
              {t('sell.noteShown', { note: cart.note })}
            </p>
          ) : null}
        </div>
        <div className="cart__side">
          <div className="cart__tools">
            <Button size="small" hotkey="F6" onClick={() => open({ kind: 'discount' })} disabled={empty} data-testid="cart-discount">
              {t('sell.discount')}
            </Button>
            <Button size="small" hotkey="F7" onClick={() => open({ kind: 'coupon' })} disabled={empty} data-testid="cart-coupon">
              {t('sell.coupon')}
            </Button>
            <Button size="small" onClick={() => open({ kind: 'note' })} data-testid="cart-note-button">
              {t('sell.note')}
            </Button>
            <Button size="small" hotkey="F8" onClick={() => open({ kind: 'park' })} disabled={empty} data-testid="cart-park">
              {t('sell.park')}
            </Button>
            <Button size="small" hotkey="F9" onClick={() => open({ kind: 'parked' })} data-testid="cart-parked">
              {t('sell.parked')}
            </Button>
            <Button size="small" variant="ghost" className="cart__clear" onClick={() => open({ kind: 'clear' })} disabled={empty} data-testid="cart-clear">
              {t('sell.clear')}
            </Button>
          </div>
          {overLimit ? <OverLimit refusal={overLimit} lineMarked={overLine !== null} /> : cart && !empty ? <Totals cart={cart} /> : null}
          <Button
            variant="primary"
            size="large"
            hotkey="F4"
            className="cart__pay"
            onClick={() => open({ kind: 'pay' })}
            disabled={empty || overLimit !== null}
            aria-describedby={overLimit ? 'cart-over-limit' : undefined}
            data-testid="cart-pay"
          >
            {cart && !empty && !overLimit ? (
              <>
                {t('sell.pay')} <Money amount={cart.totals.total} />
              </>
            ) : (
              t('sell.pay')
            )}
          </Button>
        </div>
      </div>
    </section>
  )
}
