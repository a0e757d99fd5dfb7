import { create } from 'zustand'
import type { AppErrorData } from '../../../../shared/errors'
import type { OrderChange, OrderCursor, OrderDetail, OrderSummary } from '../../../../shared/orders'
import { call } from '../../lib/call'
import { filterForQuery, matchesFilter, newerThan, type OrdersFilter } from './order-filter'

/** One keyset page: enough rows to fill a tall screen twice, small enough to answer in milliseconds. */
export const PAGE_SIZE = 100
/** Changes arriving this close together are read back in one go (the expiry sweep cancels many at once). */
const CHANGE_BATCH_MS = 40

interface OrdersState {
  filter: OrdersFilter
  rows: OrderSummary[]
  next: OrderCursor | null
  loading: boolean
  error: AppErrorData | null
  selectedId: number | null
  setFilter(patch: Partial<OrdersFilter>): void
  clearFilter(): void
  select(id: number | null): void
  reload(): Promise<void>
  loadMore(): Promise<void>
  /** Brings in what order.changed announced, without reading the whole list again. */
  applyChanges(changes: ReadonlyMap<number, OrderChange>): Promise<void>
}

function summaryOf(order: OrderDetail): OrderSummary {
  const {
    id,
    number,
    kind,
    status,
    paymentState,
    customerId,
    customerName,
    createdBy,
    itemCount,
    total,
    paidTotal,
    refundedTotal,
    returnedTotal,
    createdAt,
    businessDay
  } = order
  return {
    id,
    number,
    kind,
    status,
    paymentState,
    customerId,
    customerName,
    createdBy,
    itemCount,
    total,
    paidTotal,
    refundedTotal,
    returnedTotal,
    createdAt,
    businessDay
  }
}

/** Puts an order into a newest-first list at its place. */
function insertInOrder(rows: OrderSummary[], order: OrderSummary): OrderSummary[] {
  const index = rows.findIndex((row) => newerThan(order, row))
  return index < 0 ? [...rows, order] : [...rows.slice(0, index), order, ...rows.slice(index)]
}

let generation = 0

/**
 * Every order, newest first, one keyset page at a time as the list scrolls. The filter lives here,
 * so coming back to Orders finds it as it was left.
 */
export const useOrdersStore = create<OrdersState>()((set, get) => ({
  filter: {},
  rows: [],
  next: null,
  loading: false,
  error: null,
  selectedId: null,

  setFilter(patch) {
    set({ filter: { ...get().filter, ...patch } })
    void get().reload()
  },

  clearFilter() {
    set({ filter: {} })
    void get().reload()
  },

  select(selectedId) {
    set({ selectedId })
  },

  async reload() {
    const request = ++generation
    set({ loading: true })
    const result = await call(() => window.api.orders.list({ filter: filterForQuery(get().filter), limit: PAGE_SIZE }))
    if (request !== generation) return
    if (!result.ok) set({ loading: false, error: result.error })
    else set({ loading: false, error: null, rows: result.data.orders, next: result.data.next })
  },

  async loadMore() {
    const { next, loading, filter } = get()
    if (!next || loading) return
    const request = generation
    set({ loading: true })
    const result = await call(() => window.api.orders.list({ filter: filterForQuery(filter), after: next, limit: PAGE_SIZE }))
    if (request !== generation) return
    if (!result.ok) set({ loading: false, error: result.error })
    else set({ loading: false, error: null, rows: [...get().rows, ...result.data.orders], next: result.data.next })
  },

  async applyChanges(changes) {
    const request = generation
    const { filter } = get()
    const searching = Boolean(filter.text?.trim())
    const ids = [...changes.keys()]
    // A new order matching a search can only be found by the search itself: read the first page again.
    const newestPage =
      searching && [...changes.values()].includes('created')
        ? await call(() => window.api.orders.list({ filter: filterForQuery(filter), limit: PAGE_SIZE }))
        : null
    const read = await Promise.all(ids.map((orderId) => call(() => window.api.orders.get({ orderId }))))
    if (request !== generation) return
    let { rows } = get()
    const { next } = get()
    const last = rows.at(-1)
    for (const result of read) {
      if (!result.ok) continue
      const order = summaryOf(result.data)
      const shown = rows.some((row) => row.id === order.id)
      const belongs = matchesFilter(order, filter) && (shown || !searching)
      // Beyond the last page read, the order will come with its page as the list scrolls.
      const inLoadedRange = next === null || !last || newerThan(order, last)
      if (shown) rows = belongs ? rows.map((row) => (row.id === order.id ? order : row)) : rows.filter((row) => row.id !== order.id)
      else if (belongs && inLoadedRange) rows = insertInOrder(rows, order)
    }
    if (newestPage?.ok) {
      for (const order of newestPage.data.orders) if (!rows.some((row) => row.id === order.id)) rows = insertInOrder(rows, order)
    }
    set({ rows })
  }
}))

/** Keeps the list live while Orders is open; answers a function that stops it. */
export function watchOrders(): () => void {
  let pending = new Map<number, OrderChange>()
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = window.api.on('order.changed', ({ orderId, change }) => {
    pending.set(orderId, pending.get(orderId) === 'created' ? 'created' : change)
    timer ??= setTimeout(() => {
      const batch = pending
      pending = new Map()
      timer = undefined
      void useOrdersStore.getState().applyChanges(batch)
    }, CHANGE_BATCH_MS)
  })
  return () => {
    stop()
    clearTimeout(timer)
  }
}
