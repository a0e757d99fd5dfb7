import type { ChannelApi } from '../../../../shared/contract'
import { create } from 'zustand'
import type { Cart, ScanOutcome } from '../../../../shared/cart'
import type { AppErrorData, Result } from '../../../../shared/errors'
import { t } from '../../i18n/i18n'
import { call } from '../../lib/call'
import { sameData } from '../../lib/same-data'

interface CartState {
  cart: Cart | null
  /** The last refusal of a cart action, shown above the cart until the next action. */
  error: AppErrorData | null
  /** Something the shopkeeper should read about the cart (a reorder left products out). */
  notice: string | null
  /** The line changed last, brought into view and highlighted so a scan is seen to land. */
  lastLineId: number | null
  /** Counts every change to a line, so changing the same line again brings it into view again. */
  changeSeq: number
  load(): Promise<Result<Cart>>
  /** Runs a cart command on the active cart; its answer becomes the cart shown, its refusal the error. */
  /** `api` carries a manager's approval when the first try was refused for a permission. */
  /** `lineOf` names the line the command changed: it is highlighted in the same render that shows the answer. */
  change(
    command: (cartId: number, api: ChannelApi) => Promise<Result<Cart>>,
    options?: { quiet?: boolean; lineOf?: (cart: Cart) => number | undefined }
  ): Promise<Result<Cart>>
  addVariant(variantId: number, quantity: number): Promise<Result<Cart>>
  /** A scanner's code found and sold in one call (cart.scan); the line it added or raised is marked as changed last. */
  scan(code: string, orphan: string, quantity: number): Promise<Result<ScanOutcome>>
  /** Adds a line of its own (a typed price, a weighing, a scale label) and marks it as the one changed last. */
  addSpecial(command: (cartId: number, api: ChannelApi) => Promise<Result<Cart>>): Promise<Result<Cart>>
  /** Runs a command that changes one line, and marks that line as the one changed last. */
  changeLine(lineId: number, command: (cartId: number) => Promise<Result<Cart>>): Promise<Result<Cart>>
  setNotice(notice: string | null): void
  clearError(): void
}

function sameCart(shown: Cart | null, read: Cart): boolean {
  return shown !== null && shown.id === read.id && shown.updatedAt === read.updatedAt && sameData(shown, read)
}

/**
 * Each cart command announces its cart once. Those announcements of our own commands carry nothing
 * the command's answer did not: counting them spares the till a read for every scan.
 */
const ownEvents = new Map<number, number>()

function expectOwnEvent(cartId: number, delta: number): void {
  ownEvents.set(cartId, Math.max(0, (ownEvents.get(cartId) ?? 0) + delta))
}

function isOwnEvent(cartId: number): boolean {
  const expected = ownEvents.get(cartId) ?? 0
  if (expected === 0) return false
  ownEvents.set(cartId, expected - 1)
  return true
}

/** Answers are applied in the order requests were sent; a late answer to an older one is dropped. */
let sent = 0
let applied = 0

function accept(request: number): boolean {
  if (request < applied) return false
  applied = request
  return true
}

type GetState = () => CartState
type SetState = (state: Partial<CartState>) => void

/**
 * Runs a command on the active cart. `shown` picks the cart its answer leaves and the line it
 * changed (shown in one render), or null for an answer that changed nothing (and announced nothing).
 */
async function run<T>(
  get: GetState,
  set: SetState,
  command: (cartId: number, api: ChannelApi) => Promise<Result<T>>,
  shown: (answer: T) => { cart: Cart; lineId: number | undefined } | null,
  quiet = false
): Promise<Result<T>> {
  const cart =
    get().cart ??
    (await get()
      .load()
      .then((result) => (result.ok ? result.data : null)))
  if (!cart) return { ok: false, error: get().error ?? { code: 'INTERNAL', message: t('sell.cartUnreadable') } }
  const request = ++sent
  expectOwnEvent(cart.id, 1)
  const result = await call((api) => command(cart.id, api))
  if (!result.ok) {
    // A refused command wrote nothing, so it announces nothing either.
    expectOwnEvent(cart.id, -1)
    if (!quiet) set({ error: result.error })
    return result
  }
  const answer = shown(result.data)
  if (answer === null) expectOwnEvent(cart.id, -1)
  if (answer === null || !accept(request)) return result
  // One render for the answer and its highlighted line: a scan redraws a long cart once, not twice.
  const { cart: changed, lineId } = answer
  set(lineId === undefined ? { cart: changed, error: null } : { cart: changed, error: null, lastLineId: lineId, changeSeq: get().changeSeq + 1 })
  return result
}

/**
 * The till's active cart as the main process last described it. Every change goes through a cart
 * command and shows the cart it answers with; `cart.changed` from another window or screen (a
 * reorder, a checkout elsewhere) reads it again.
 */
export const useCartStore = create<CartState>()((set, get) => ({
  cart: null,
  error: null,
  notice: null,
  lastLineId: null,
  changeSeq: 0,

  async load() {
    const request = ++sent
    const result = await call(() => window.api.cart.current())
    // A cart.changed about our own change answers what is already shown: re-rendering it would only cost time.
    if (result.ok && accept(request) && !sameCart(get().cart, result.data)) {
      // A different cart (the last one was sold, parked or cleared): what was said about the old one is done.
      const replaced = get().cart !== null && get().cart?.id !== result.data.id
      set(replaced ? { cart: result.data, notice: null, lastLineId: null } : { cart: result.data })
    }
    if (!result.ok) set({ error: result.error })
    return result
  },

  change(command, options = {}) {
    return run(get, set, command, (cart) => ({ cart, lineId: options.lineOf?.(cart) }), options.quiet)
  },

  addVariant(variantId, quantity) {
    return get().change((cartId) => window.api.cart.addLine({ cartId, variantId, quantity }), {
      quiet: true,
      lineOf: (cart) => cart.lines.find((line) => line.variantId === variantId)?.id
    })
  },

  scan(code, orphan, quantity) {
    return run(
      get,
      set,
      (cartId) => window.api.cart.scan({ cartId, code, orphan, quantity }),
      (outcome) => {
        if (outcome.kind === 'item')
          return { cart: outcome.cart, lineId: outcome.cart.lines.find((line) => line.kind === 'item' && line.variantId === outcome.variant.variantId)?.id }
        // A label is always a line of its own, and lines are in the order they were added.
        if (outcome.kind === 'label') return { cart: outcome.cart, lineId: outcome.cart.lines.at(-1)?.id }
        return null
      },
      true
    )
  },

  addSpecial(command) {
    // Such a line is always a new one, and lines are in the order they were added.
    return get().change(command, { quiet: true, lineOf: (cart) => cart.lines.at(-1)?.id })
  },

  changeLine(lineId, command) {
    return get().change(command, { lineOf: (cart) => (cart.lines.some((line) => line.id === lineId) ? lineId : undefined) })
  },

  setNotice(notice) {
    set({ notice })
  },

  clearError() {
    set({ error: null })
  }
}))

let refreshQueued = false

/** Keeps the cart live while the Sell screen is open; answers a function that stops it. */
export function watchCart(): () => void {
  const refresh = () => {
    if (refreshQueued) return
    refreshQueued = true
    queueMicrotask(() => {
      refreshQueued = false
      void useCartStore.getState().load()
    })
  }
  const stops = [
    window.api.on('cart.changed', ({ cartId }) => {
      if (isOwnEvent(cartId)) return
      const shown = useCartStore.getState().cart
      if (!shown || shown.id === cartId || shown.lines.length === 0) refresh()
    }),
    // Prices, names and what is in stock show on the cart lines.
    window.api.on('catalog.changed', refresh),
    window.api.on('stock.changed', refresh)
  ]
  void useCartStore.getState().load()
  return () => stops.forEach((stop) => stop())
}
