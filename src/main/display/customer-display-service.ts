import type { CustomerDisplayOrderPayment, CustomerDisplayState } from '../../shared/customer-display'
import type { ParsedPaymentInput } from '../../shared/payments'
import type { AppContext } from '../core/app-context'
import type { EmittedEvent } from '../core/command'
import { readCart } from '../cart/cart-commands'
import { readOrderDetail } from '../orders/order-detail'
import { isFinal } from '../orders/transitions'
import { readSettings } from '../settings/settings-store'
import { readTillSettings } from '../settings/till-settings-store'
import { payingView } from './display-paying'
import { idleScreen, orderPaidScreen, orderPaymentScreen, paidScreen, saleScreen, type DisplayShop } from './display-state'

/** Runs `work` after `ms`; answers a function that cancels it. */
export type After = (ms: number, work: () => void) => () => void

export interface CustomerDisplayOptions {
  /** How long the paid sale and its change stay up before the welcome comes back (default 30 s). */
  thanksMs?: number
  after?: After
  logError?: (where: string, error: unknown) => void
}

export interface CustomerDisplay {
  /** What the customer's screen shows now (the screen reads it once as it opens, then follows `display.changed`). */
  current(): Promise<CustomerDisplayState>
  /**
   * The payment typed in Pay for `cartId` (an empty list: none any more), shown on the sale screen.
   * Answers false when there is no customer display or the cart is not the sale on it. The next
   * change of the cart drops it (its total may have moved; Pay sends it again as it is typed).
   */
  paying(cartId: number, payments: readonly ParsedPaymentInput[]): Promise<boolean>
  /**
   * The payment typed for an order outside Pay (Orders' take payment; an empty list: the dialog
   * closed). It is shown over the sale until the payment is taken (then the paid screen, then the
   * welcome) or the dialog closes. Answers false when there is no customer display or the order
   * takes no payment (final, or nothing due); NOT_FOUND for an unknown order.
   */
  orderPaying(orderId: number, payments: readonly ParsedPaymentInput[]): Promise<boolean>
  /** Whether this till has a customer display (its `customerDisplay` setting): the window glue opens one at start. */
  isOn(): Promise<boolean>
  /** Resolves once every change heard so far is on the screen's state (tests wait on it). */
  settled(): Promise<void>
  stop(): void
}

const defaultAfter: After = (ms, work) => {
  const timer = setTimeout(work, ms)
  timer.unref()
  return () => clearTimeout(timer)
}

/** What one command changed, as far as the customer's screen cares. */
interface Pending {
  cart: boolean
  /** A cart command (not only a price): the cashier is selling again. */
  rung: boolean
  shop: boolean
  till: boolean
  createdOrderId: number | null
  /** An order that took a payment. */
  paidOrderId: number | null
}

const nothingPending = (): Pending => ({ cart: false, rung: false, shop: false, till: false, createdOrderId: null, paidOrderId: null })

/** The order taking payment outside Pay, as shown over the sale. */
interface OrderOnScreen {
  orderId: number
  /** Its payments as it was read: those taken after are the ones just paid. */
  paymentIds: ReadonlySet<number>
  shown: CustomerDisplayOrderPayment
}

/**
 * Follows the till's active cart and its checkout and publishes `display.changed` with what the
 * customer sees. It works only while this till's `customerDisplay` setting is on, so a till without
 * a second screen reads nothing more per scan. The events of one command are taken together: a
 * checkout's "cart gone" and "order created" become one change to the paid screen, never a flash of
 * the welcome in between.
 */
export function installCustomerDisplay(app: AppContext, options: CustomerDisplayOptions = {}): CustomerDisplay {
  const thanksMs = options.thanksMs ?? 30_000
  const after = options.after ?? defaultAfter
  const logError = options.logError ?? ((where, error) => console.error(`[${where}] failed`, error))
  let enabled: boolean | null = null
  let shop: DisplayShop | null = null
  let state: CustomerDisplayState | null = null
  /** The cart whose sale `state` shows (null when it shows none). */
  let shownCartId: number | null = null
  let cancelThanks: (() => void) | null = null
  /** Shown instead of `state` while an order takes payment outside Pay. */
  let onScreen: OrderOnScreen | null = null
  /** Counts the order changes heard: an order read before one of them may be out of date. */
  let orderChanges = 0
  let published: string | null = null
  let pending = nothingPending()
  let draining: Promise<void> | null = null

  const readShop = async (): Promise<DisplayShop> => (shop ??= await readSettings(app.db))

  async function activeCartState(previous: CustomerDisplayState | null): Promise<CustomerDisplayState> {
    const shown = await readShop()
    // One read transaction: a checkout between finding the cart and pricing it would remove it.
    const cart = await app.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('carts').select('id').where('status', '=', 'active').executeTakeFirst()
      return row ? readCart(trx, row.id, app.clock.now()) : null
    })
    shownCartId = cart?.id ?? null
    return cart ? saleScreen(cart, shown, previous) : idleScreen(shown)
  }

  function publish(): void {
    const next = onScreen?.shown ?? state
    if (next === null) return
    const text = JSON.stringify(next)
    if (text === published) return
    published = text
    app.bus.publish('display.changed', { state: next })
  }

  function show(next: CustomerDisplayState): void {
    state = next
    publish()
  }

  function backToIdleLater(): void {
    cancelThanks?.()
    cancelThanks = after(thanksMs, () => {
      cancelThanks = null
      pending.cart = true
      schedule()
    })
  }

  async function apply(batch: Pending): Promise<void> {
    if (batch.shop) shop = null
    if (batch.till || enabled === null) enabled = (await readTillSettings(app.db)).customerDisplay
    if (!enabled) {
      state = null
      shownCartId = null
      onScreen = null
      published = null
      return
    }
    if (batch.paidOrderId !== null && onScreen?.orderId === batch.paidOrderId) {
      const taking = onScreen
      onScreen = null
      shownCartId = null
      show(orderPaidScreen(await readOrderDetail(app.db, taking.orderId), taking.paymentIds, taking.shown, await readShop()))
      backToIdleLater()
      return
    }
    // Back at the sale (the order's dialog was left without closing it): the sale takes the screen back.
    if (batch.rung) onScreen = null
    if (batch.createdOrderId !== null && batch.cart && state?.screen === 'sale') {
      shownCartId = null
      show(paidScreen(await readOrderDetail(app.db, batch.createdOrderId), await readShop()))
      backToIdleLater()
      return
    }
    const next = await activeCartState(state)
    // The change stays up while the next sale has not started (a new empty cart is no reason to hide it).
    if (next.screen === 'idle' && state?.screen === 'paid' && cancelThanks !== null && !batch.shop) return
    if (next.screen === 'sale') {
      cancelThanks?.()
      cancelThanks = null
    }
    show(next)
  }

  async function drain(): Promise<void> {
    // Let the rest of the command's events arrive first: the bus publishes them one after another.
    await Promise.resolve()
    while (pending.cart || pending.shop || pending.till || pending.createdOrderId !== null || pending.paidOrderId !== null) {
      const batch = pending
      pending = nothingPending()
      await apply(batch).catch((error: unknown) => logError('display.update', error))
    }
    draining = null
  }

  /** Waits until every change heard so far is applied (more may arrive while waiting). */
  async function settle(): Promise<void> {
    while (draining) await draining
  }

  function schedule(): void {
    draining ??= drain()
  }

  const unsubscribe = app.bus.subscribe((name, payload) => {
    const event = { name, payload } as EmittedEvent
    if (event.name === 'cart.changed') pending.cart = pending.rung = true
    else if (event.name === 'settings.changed') pending.shop = true
    else if (event.name === 'settings.tillChanged') pending.till = true
    else if (event.name === 'order.changed' && event.payload.change === 'created') pending.createdOrderId = event.payload.orderId
    else if (event.name === 'order.changed') {
      orderChanges++
      if (event.payload.change !== 'payment' || onScreen?.orderId !== event.payload.orderId) return
      pending.paidOrderId = event.payload.orderId
    }
    // A price changed in the catalog reprices the sale on screen (and may take it past the amount limit).
    else if (event.name === 'catalog.changed' && (state?.screen === 'sale' || state?.screen === 'seeCashier')) pending.cart = true
    else return
    schedule()
  })

  return {
    async current() {
      await draining
      return onScreen?.shown ?? state ?? (await activeCartState(null))
    },
    async paying(cartId, payments) {
      const shown = await readShop()
      if (state === null) {
        // Nothing heard since the till started (a sale carried over a restart): read it first.
        pending.cart = true
        schedule()
      }
      await settle()
      // Nothing awaited from here: the state checked is the state changed.
      if (!enabled || state?.screen !== 'sale' || shownCartId !== cartId) return false
      show({ ...state, paying: payments.length > 0 ? payingView(payments, state.total, shown) : null })
      return true
    },
    async orderPaying(orderId, payments) {
      const shop = await readShop()
      if (state === null) {
        pending.cart = true
        schedule()
      }
      await settle()
      if (!enabled) return false
      if (payments.length === 0) {
        if (onScreen?.orderId !== orderId) return false
        onScreen = null
        publish()
        return true
      }
      let taking = onScreen?.orderId === orderId ? onScreen : null
      if (taking === null) {
        const heard = orderChanges
        const order = await readOrderDetail(app.db, orderId)
        await settle()
        // A payment taken while it was read: this call is older than it.
        if (!enabled || heard !== orderChanges || isFinal(order.status) || order.amountDue === 0) return false
        const paymentIds = new Set(order.payments.map((payment) => payment.id))
        taking = { orderId, paymentIds, shown: orderPaymentScreen(order, shop) }
      }
      // Nothing awaited from here: the order checked is the order shown.
      onScreen = { ...taking, shown: { ...taking.shown, paying: payingView(payments, taking.shown.due, shop) } }
      publish()
      return true
    },
    async isOn() {
      return (await readTillSettings(app.db)).customerDisplay
    },
    settled: settle,
    stop() {
      unsubscribe()
      cancelThanks?.()
    }
  }
}
