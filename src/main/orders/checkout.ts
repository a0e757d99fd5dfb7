import { businessDay } from '../../shared/business-day'
import type { OrderDetail, OrderKind, OrderStatus, PriceSource } from '../../shared/orders'
import type { ParsedPaymentInput } from '../../shared/payments'
import type { AppContext } from '../core/app-context'
import { AppError, refusal, validationError } from '../core/app-error'
import { runCommand, type CommandScope, type Caller } from '../core/command'
import { insertRows } from '../db/insert-rows'
import { loadCartSnapshot, priceSnapshot, refuseOverLimit, type PricedCart, type SnapshotLine } from '../cart/cart-snapshot'
import { productArchived } from '../cart/cart-lines'
import { countCouponUse } from '../coupons/coupons-store'
import { cashOf, checkPaymentsFit, insertPayments, paymentsSum } from '../payments/record-payments'
import { readSettings } from '../settings/settings-store'
import { moveStockMany } from '../stock/move-stock'
import { orderDetailOf } from './order-detail'
import { rememberFinalOrderRecord } from './order-record'
import { announceOrderChange, recordOrderEvents, type OrderEventInput } from './order-events'
import { formatOrderNumber, paymentStateOf } from './order-rows'
import { canTransition } from './transitions'
import { reason } from '../../shared/reasons'

export interface CheckoutInput {
  cartId: number
  kind: OrderKind
  payments: ParsedPaymentInput[]
  deliveryAddress: string
}

/** Sell anyway, already permitted by the handler: who allowed lines to take stock below zero. */
export interface SellBelowStock {
  allowedBy: string
}

/**
 * A cart becomes an order in ONE transaction: the cart is checked, stock taken, the order and its
 * lines written with today's names, prices and tax, payments recorded, the number drawn, the coupon
 * use counted, the cart removed and the history started. Any refusal rolls all of it back.
 */
export function checkout(app: AppContext, caller: Caller, input: CheckoutInput, belowStock?: SellBelowStock): Promise<OrderDetail> {
  return runCommand(app, caller, async (scope) => {
    const settings = await readSettings(scope.trx)
    const snapshot = await loadCartSnapshot(scope.trx, input.cartId)
    const priced = priceSnapshot(snapshot, settings, scope.now)
    assertSellable(priced)
    const { cart, pricing } = priced
    const deliveryAddress = input.kind === 'delivery' ? input.deliveryAddress || cart.customer?.address || '' : ''
    if (input.kind === 'delivery' && !deliveryAddress) throw validationError(reason('order.deliveryAddress', {}), 'deliveryAddress')
    checkPaymentsFit(input.payments, pricing.totals.total, input.kind === 'counter')

    const { sequence, createdAt } = nextNumberAndTime(scope)
    const day = businessDay(createdAt, settings.timeZone)
    const paid = paymentsSum(input.payments)
    const history = historyOf(input.kind)
    const [order] = insertRows(scope.sql, 'orders', [
      {
        sequence,
        number: formatOrderNumber(settings.orderPrefix, sequence),
        kind: input.kind,
        status: history.finalStatus,
        payment_state: paymentStateOf(pricing.totals.total, paid, 0),
        customer_id: cart.customer?.id ?? null,
        customer_name: cart.customer?.name ?? '',
        customer_phone: cart.customer?.phone ?? '',
        customer_email: cart.customer?.email ?? '',
        delivery_address: deliveryAddress,
        note: cart.note,
        coupon_id: snapshot.coupon?.id ?? null,
        coupon_code: cart.coupon?.code ?? '',
        tax_mode: settings.taxMode,
        currency: settings.currency,
        item_count: pricing.totals.itemCount,
        subtotal: pricing.totals.subtotal,
        line_discount_total: pricing.totals.lineDiscountTotal,
        promotion_discount_total: pricing.totals.promotionDiscountTotal,
        order_discount_total: pricing.totals.orderDiscountTotal,
        coupon_discount_total: pricing.totals.couponDiscountTotal,
        tax_total: pricing.totals.taxTotal,
        total: pricing.totals.total,
        paid_total: paid,
        refunded_total: 0,
        returned_total: 0,
        tax_rounding: settings.taxRounding,
        rounding_total: input.payments.reduce((sum, payment, index) => sum + cashOf(payment, settings, index).rounding, 0),
        business_day: day,
        created_by: scope.actor.id,
        approver_id: scope.approver?.id ?? null,
        shift_id: null, // placed in the open cash shift by the shift fold, at the end of this command
        created_at: createdAt,
        updated_at: createdAt
      }
    ])
    if (!order) throw new Error('The new order was not written')

    const lines = insertRows(
      scope.sql,
      'order_lines',
      cart.lines.map((line, index) => ({
        order_id: order.id,
        position: index + 1,
        variant_id: line.variantId,
        product_id: line.productId,
        name: line.name,
        sku: line.sku,
        variant_label: line.variantLabel,
        unit_price: line.unitPrice,
        tax_rate_bp: line.taxRateBp,
        quantity: line.quantity,
        quantity_returned: 0,
        gross: line.gross,
        line_discount: line.lineDiscount,
        promotion_discount: line.promotionDiscount,
        promotion_name: line.promotionName,
        order_discount: line.orderDiscount,
        coupon_discount: line.couponDiscount,
        net: line.net,
        tax: line.tax,
        total: line.total,
        unit_cost: snapshot.lines[index]!.unitCost,
        ...priceRecord(snapshot.lines[index]!)
      }))
    )
    const sellAnyway = settings.shortStock === 'sell_anyway'
    await moveStockMany(
      scope,
      // An open-price line (Misc) sells no counted goods: it moves no stock.
      cart.lines
        .filter((line) => line.kind !== 'open')
        .map((line) => ({ variantId: line.variantId, delta: -line.quantity, reason: 'sale' as const, orderId: order.id, note: order.number })),
      sellAnyway ? belowStock : undefined
    ).catch((error: unknown) => {
      // The refusal says whether this shop lets a cashier sell anyway, so the till can offer it.
      if (error instanceof AppError && error.code === 'STOCK_INSUFFICIENT') {
        throw new AppError(error.code, error.message, { ...error.extra, details: { ...error.extra.details, sellAnyway } })
      }
      throw error
    })
    const payments = insertPayments(scope, order, input.payments, day, settings)
    if (snapshot.coupon) await countCouponUse(scope, snapshot.coupon)
    scope.sql.run(ORDER_SEARCH_INSERT, [
      order.id,
      `${order.number} ${sequence}`,
      [cart.customer?.name ?? '', cart.customer?.phone ?? '', cart.customer?.phone.replace(/\D/g, '') ?? ''].join(' '),
      cart.lines.map((line) => `${line.name} ${line.variantLabel} ${line.sku}`).join(' ')
    ])

    const events = recordOrderEvents(
      scope,
      history.steps.map((step) => ({ ...step, orderId: order.id }))
    )
    scope.sql.run(CART_DELETE, [input.cartId])
    scope.emit('cart.changed', { cartId: input.cartId })
    announceOrderChange(scope, order.id, 'created', history.finalStatus)
    // The answer and the outbox payload are the rows as they were written: nothing after
    // those statements changes the order, so reading it back would only read the same rows again.
    return orderDetailOf(rememberFinalOrderRecord(scope, { row: order, lines, payments, returns: [], events }))
  })
}

/** What the order line keeps of where its price came from (migration 23). */
function priceRecord(line: SnapshotLine) {
  const source: PriceSource = line.kind === 'open' ? 'open' : line.labelAmount !== null ? 'label' : line.priceBy !== null ? 'override' : 'catalog'
  return {
    sold_by: line.soldBy,
    price_source: source,
    list_price: source === 'override' || source === 'label' ? line.listPrice : null,
    price_reason: line.priceReason,
    price_by: line.priceBy
  }
}

function assertSellable({ cart, couponProblem }: PricedCart): void {
  if (cart.lines.length === 0) throw new AppError('CART_EMPTY', 'The cart is empty: add something to sell first.')
  refuseOverLimit(cart)
  const archived = cart.lines.find((line) => line.archived)
  if (archived) throw productArchived(archived.name, archived.variantLabel)
  if (cart.coupon && couponProblem !== null) {
    throw refusal('COUPON_INVALID', couponProblem, { code: cart.coupon.code })
  }
}

// The fixed statements of every sale, as SQL text compiled once rather than built each time.
const NEXT_NUMBER_AND_TIME =
  'UPDATE order_counter SET last_sequence = last_sequence + 1 WHERE id = 1 RETURNING last_sequence, (SELECT max(created_at) FROM orders) AS latest'
const ORDER_SEARCH_INSERT = 'INSERT INTO orders_fts (rowid, number, customer, products) VALUES (?, ?, ?, ?)'
const CART_DELETE = 'DELETE FROM carts WHERE id = ?'

/**
 * Draws the next number from the counter row, inside the checkout: a rolled-back sale draws none.
 * The order's time is never earlier than the order before it: should the PC's clock step back, the
 * new order takes the previous order's time. This keeps "newest first" the same as id order.
 */
function nextNumberAndTime(scope: CommandScope): { sequence: number; createdAt: number } {
  const [row] = scope.sql.all<{ last_sequence: number; latest: number | null }>(NEXT_NUMBER_AND_TIME)
  if (!row) throw new Error('The order counter row is missing')
  return { sequence: row.last_sequence, createdAt: Math.max(scope.now, row.latest ?? 0) }
}

/**
 * Every order starts pending; a counter sale is handed over at once and ends delivered. The order
 * row is written with the status it ends in, its history says how it got there.
 */
function historyOf(kind: OrderKind): { finalStatus: OrderStatus; steps: Array<Omit<OrderEventInput, 'orderId'>> } {
  const note = kind === 'counter' ? 'Counter sale' : kind === 'pickup' ? 'Pickup order' : 'Delivery order'
  const created = { change: 'created' as const, from: null, to: 'pending' as const, note }
  if (kind !== 'counter') return { finalStatus: 'pending', steps: [created] }
  if (!canTransition('pending', 'delivered')) throw new Error('The lifecycle no longer lets a counter sale be handed over')
  return {
    finalStatus: 'delivered',
    steps: [created, { change: 'status', from: 'pending', to: 'delivered', note: 'Handed over at the counter' }]
  }
}
