import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CartLine } from '../../../../shared/cart'
import { Badge } from '../../components/Badge'
import { Money, useFormatMoney } from '../../components/Money'
import { parseCountInput } from '../../lib/count'
import { sameData } from '../../lib/same-data'
import { formatBasisPoints } from '../../lib/percent'
import { useTouchTill } from '../../lib/touch'
import { formatQuantity, unitLabel } from '../../lib/weight'
import { useShopSettings } from '../../stores/settings-store'
import { useCartStore } from './cart-store'

interface CartLineRowProps {
  line: CartLine
  highlighted: boolean
  /** Changes each time this line is changed again, to bring it back into view. */
  changeSeq: number
  /** False while the cart is over the amount limit: its amounts are not worked out, so none is shown. */
  priced: boolean
  /** This line is the one the amount-limit refusal names. */
  overLimit: boolean
  onOpen(line: CartLine): void
}

/**
 * One line of the cart: tap it for discount and more; − and + or a typed number change the quantity.
 * Every cart answer is a new object, so a line redraws only when its own data or highlight changed:
 * a scan into a 50-line sale draws one row (and the one it takes the highlight from), not fifty.
 */
export const CartLineRow = memo(
  CartLine,
  (before, after) =>
    before.highlighted === after.highlighted &&
    before.changeSeq === after.changeSeq &&
    before.priced === after.priced &&
    before.overLimit === after.overLimit &&
    before.onOpen === after.onOpen &&
    sameData(before.line, after.line)
)

function CartLine({ line, highlighted, changeSeq, priced, overLimit, onOpen }: CartLineRowProps) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const format = useFormatMoney()
  const changeLine = useCartStore((state) => state.changeLine)
  // On a touch till the quantity opens the line, whose quantity field has the keypad.
  const touch = useTouchTill()
  const row = useRef<HTMLLIElement>(null)
  // Before the browser paints: the frame that first shows the new line already shows it in view.
  useLayoutEffect(() => {
    if (!highlighted || !row.current) return
    row.current.scrollIntoView({ block: 'nearest' })
    // One short flash (not a lasting animation): the eye finds the line, a slow PC pays for a second only.
    row.current.animate?.([{ backgroundColor: 'var(--success-flash)' }, { backgroundColor: 'var(--success-soft)' }], { duration: 900, easing: 'ease-out' })
  }, [highlighted, changeSeq])
  // The line a price change took past the limit is the one to mend: kept in view while it is marked.
  useLayoutEffect(() => {
    if (overLimit) row.current?.scrollIntoView({ block: 'nearest' })
  }, [overLimit])
  const [quantity, setQuantity] = useState(String(line.quantity))
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => setQuantity(String(line.quantity)), [line.quantity])

  const setTo = async (value: number) => {
    setProblem(null)
    const result = await changeLine(line.id, (cartId) =>
      value === 0 ? window.api.cart.removeLine({ cartId, lineId: line.id }) : window.api.cart.setQuantity({ cartId, lineId: line.id, quantity: value })
    )
    if (!result.ok) setQuantity(String(line.quantity))
  }
  const commit = () => {
    const parsed = parseCountInput(quantity)
    if (!parsed.ok) {
      setProblem(parsed.message)
      return
    }
    if (parsed.value !== line.quantity) void setTo(parsed.value)
    else setProblem(null)
  }
  const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name
  // A typed price sells nothing counted; a weighing's quantity is a weight, changed in the line's window.
  const short = line.kind !== 'open' && line.quantity > line.inStock
  const weighed = line.soldBy !== 'each'
  const amount = (quantity: number) => formatQuantity(quantity, line.soldBy, settings.locale)

  return (
    <li
      ref={row}
      className={`cart-line${highlighted ? ' cart-line--new' : ''}${overLimit ? ' cart-line--over-limit' : ''}`}
      data-testid="cart-line"
      data-sku={line.sku}
      data-highlighted={highlighted || undefined}
    >
      <button type="button" className="cart-line__main" onClick={() => onOpen(line)} aria-label={t('sell.lineOpen', { name })}>
        <span className="cart-line__name" data-testid="cart-line-name">
          {name}
        </span>
        <span className="cart-line__meta">
          <span className="tabular" data-testid="cart-line-quantity-price">
            {line.labelAmount !== null
              ? t('counter.line.label', { quantity: amount(line.quantity) })
              : weighed
                ? t('counter.line.weighed', { weight: amount(line.quantity), price: format(line.unitPrice), unit: unitLabel(line.soldBy) })
                : `${line.quantity} × ${format(line.unitPrice)}`}
          </span>
          {line.priceReason ? (
            <Badge tone="accent" testId="cart-line-price-changed">
              {t('counter.line.priceChanged', { price: format(line.listPrice), reason: line.priceReason })}
            </Badge>
          ) : null}
          {line.discount ? (
            <Badge tone="accent" testId="cart-line-discount">
              −{line.discount.kind === 'percent' ? formatBasisPoints(line.discount.value, settings.locale) : format(line.discount.value)}
            </Badge>
          ) : null}
          {line.promotionDiscount > 0 ? (
            <span className="cart-line__promotion" data-testid="cart-line-promotion">
              {t('coupons.promotions.onLine', { name: line.promotionName, amount: format(line.promotionDiscount) })}
            </span>
          ) : null}
          {line.orderDiscount + line.couponDiscount > 0 ? (
            <span data-testid="cart-line-sale-discount">{t('sell.lineSaleDiscount', { amount: format(line.orderDiscount + line.couponDiscount) })}</span>
          ) : null}
          {line.archived ? <Badge tone="danger">{t('sell.noLongerSold')}</Badge> : null}
          {!line.archived && short ? (
            <Badge tone="danger" testId="cart-line-short">
              {line.inStock <= 0
                ? t('sell.noneInStock')
                : weighed
                  ? t('counter.line.onlyInStock', { amount: amount(line.inStock) })
                  : t('sell.onlyInStock', { count: line.inStock })}
            </Badge>
          ) : null}
        </span>
      </button>
      {weighed || line.kind === 'label' ? (
        <button type="button" className="cart-line__weight tabular" onClick={() => onOpen(line)} data-testid="cart-line-weight">
          {amount(line.quantity)}
        </button>
      ) : (
        <div className="cart-line__qty">
          <button
            type="button"
            className="qty-button"
            onClick={() => void setTo(line.quantity - 1)}
            aria-label={line.quantity === 1 ? t('sell.removeLine', { name }) : t('sell.oneLess', { name })}
            data-testid="cart-line-minus"
          >
            −
          </button>
          <input
            className="input qty-input tabular"
            value={quantity}
            inputMode={touch ? 'none' : 'numeric'}
            readOnly={touch}
            onClick={touch ? () => onOpen(line) : undefined}
            aria-label={t('sell.quantityOf', { name })}
            aria-invalid={Boolean(problem)}
            onChange={(event) => setQuantity(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                commit()
              }
            }}
            data-testid="cart-line-quantity"
          />
          <button
            type="button"
            className="qty-button"
            onClick={() => void setTo(line.quantity + 1)}
            aria-label={t('sell.oneMore', { name })}
            data-testid="cart-line-plus"
          >
            +
          </button>
        </div>
      )}
      {/* Quantity × price, as the receipt prints it: discounts and tax are shown apart, under the lines. */}
      {priced ? (
        <Money amount={line.gross} className="cart-line__total" testId="cart-line-total" />
      ) : (
        // Only the line the refusal names says so; the others wait for the sale to fit again.
        <span className="cart-line__total cart-line__unpriced" data-testid="cart-line-total">
          {overLimit ? t('counter.overLimit.line') : null}
        </span>
      )}
      {problem ? (
        <span className="field__error cart-line__problem" role="alert" data-testid="cart-line-quantity-error">
          {problem}
        </span>
      ) : null}
    </li>
  )
}
