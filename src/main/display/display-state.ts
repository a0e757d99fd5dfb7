import type { Cart, CartLine } from '../../shared/cart'
import type {
  CustomerDisplayIdle,
  CustomerDisplayShop,
  CustomerDisplayLine,
  CustomerDisplayOrderPayment,
  CustomerDisplayPaid,
  CustomerDisplaySale,
  CustomerDisplaySeeCashier,
  CustomerDisplayState
} from '../../shared/customer-display'
import { money, sumMoney } from '../../shared/money'
import type { OrderDetail } from '../../shared/orders'
import type { PaymentView } from '../../shared/payments'
import type { LineTotals } from '../../shared/pricing'
import type { ShopSettings } from '../../shared/settings'

/** What of the shop the customer's screen needs: its name, how to write its money, which language, how cash is rounded. */
export type DisplayShop = Pick<
  ShopSettings,
  'shopName' | 'currency' | 'locale' | 'currencyDigits' | 'receiptLanguage' | 'cashRoundingStep' | 'cashRoundingRule'
>

function shopPart(shop: DisplayShop): CustomerDisplayShop {
  return { shopName: shop.shopName, currency: shop.currency, locale: shop.locale, currencyDigits: shop.currencyDigits, language: shop.receiptLanguage }
}

export function idleScreen(shop: DisplayShop): CustomerDisplayIdle {
  return { screen: 'idle', ...shopPart(shop) }
}

/**
 * The cart as the customer sees it. Each line is copied field by field: a cart line also carries
 * stock, SKU, list price and the reason for a price change, none of which are the customer's.
 * The line to show is the one added or changed since `previous` (the state shown until now).
 * A cart past the till's amount limit is not priced (its amounts read 0): the customer is asked to
 * see the cashier rather than shown false totals.
 */
export function saleScreen(
  cart: Cart,
  shop: DisplayShop,
  previous: CustomerDisplayState | null
): CustomerDisplayIdle | CustomerDisplaySale | CustomerDisplaySeeCashier {
  if (cart.lines.length === 0) return idleScreen(shop)
  if (cart.overLimit) return { screen: 'seeCashier', ...shopPart(shop) }
  const lines = cart.lines.map(displayLine)
  const totals = cart.totals
  return {
    screen: 'sale',
    ...shopPart(shop),
    lines,
    latestLineId: latestLine(lines, previous?.screen === 'sale' ? previous : null),
    itemCount: totals.itemCount,
    discountTotal: sumMoney([totals.lineDiscountTotal, totals.promotionDiscountTotal, totals.orderDiscountTotal, totals.couponDiscountTotal]),
    taxTotal: totals.taxTotal,
    taxMode: cart.taxMode,
    total: totals.total,
    paying: null
  }
}

/** A line of a cart or of an order: both carry these under the same names. */
type ShownLine = LineTotals & Pick<CartLine, 'id' | 'name' | 'variantLabel' | 'quantity' | 'soldBy' | 'unitPrice' | 'promotionName'>

function displayLine(line: ShownLine): CustomerDisplayLine {
  return {
    id: line.id,
    name: line.name,
    variantLabel: line.variantLabel,
    quantity: line.quantity,
    soldBy: line.soldBy,
    unitPrice: line.unitPrice,
    amount: line.net,
    discount: sumMoney([line.lineDiscount, line.promotionDiscount, line.orderDiscount, line.couponDiscount]),
    promotionName: line.promotionName
  }
}

/** A new line, else the first whose quantity or amount moved, else the one shown before if it is still there. */
function latestLine(lines: readonly CustomerDisplayLine[], previous: CustomerDisplaySale | null): number | null {
  if (!previous) return lines.at(-1)?.id ?? null
  const before = new Map(previous.lines.map((line) => [line.id, line]))
  const added = lines.filter((line) => !before.has(line.id)).at(-1)
  if (added) return added.id
  const changed = lines.find((line) => {
    const old = before.get(line.id)
    return old !== undefined && (old.quantity !== line.quantity || old.amount !== line.amount)
  })
  if (changed) return changed.id
  if (lines.length < previous.lines.length) return null
  return lines.some((line) => line.id === previous.latestLineId) ? previous.latestLineId : null
}

/** The sale just paid: what was paid by each method, what was handed over and the change given. */
export function paidScreen(order: OrderDetail, shop: DisplayShop): CustomerDisplayPaid {
  return paidOf(order, order.total, 0, order.payments, shop)
}

/** An order taking payment outside Pay, before anything of it is typed (`paying` null). */
export function orderPaymentScreen(order: OrderDetail, shop: DisplayShop): CustomerDisplayOrderPayment {
  return {
    screen: 'orderPayment',
    ...shopPart(shop),
    orderNumber: order.number,
    lines: order.lines.map(displayLine),
    total: order.total,
    paidBefore: money(Math.max(0, order.total - order.amountDue)),
    due: order.amountDue,
    paying: null
  }
}

/** The payments just taken on an order (those not among `before`, its payments as the payment began). */
export function orderPaidScreen(order: OrderDetail, before: ReadonlySet<number>, shown: CustomerDisplayOrderPayment, shop: DisplayShop): CustomerDisplayPaid {
  const taken = order.payments.filter((payment) => !before.has(payment.id))
  return paidOf(order, shown.total, shown.paidBefore, taken, shop)
}

function paidOf(order: OrderDetail, total: number, paidBefore: number, all: readonly PaymentView[], shop: DisplayShop): CustomerDisplayPaid {
  const payments = all.filter((payment) => payment.kind === 'payment')
  return {
    screen: 'paid',
    ...shopPart(shop),
    orderNumber: order.number,
    total: money(total),
    paidBefore: money(paidBefore),
    payments: payments.map((payment) => ({ method: payment.method, amount: payment.amount, tendered: payment.tendered })),
    change: money(sumMoney(payments.map((payment) => payment.change ?? 0))),
    remaining: order.amountDue
  }
}
