import { create } from 'zustand'
import type { AppErrorData } from '../../../../shared/errors'
import { call } from '../../lib/call'
import { useCartStore } from './cart-store'
import { t } from '../../i18n/i18n'

/** Up to this many units at once from the quantity key; the cart line itself allows more. */
export const MAX_QUICK_QUANTITY = 9999

/** "2*" or "2×" typed in the search box: sell 2 of the next item. */
export function quantityCommand(text: string): number | null {
  const match = /^\s*(\d{1,4})\s*[*×]$/.exec(text)
  if (!match) return null
  const quantity = Number(match[1])
  return quantity >= 1 && quantity <= MAX_QUICK_QUANTITY ? quantity : null
}

export type LastAction =
  | { tone: 'success'; text: string }
  | { tone: 'error'; error: AppErrorData }
  | { tone: 'info'; text: string }
  /** A scanned code no product has: it can be made into one on the spot. */
  | { tone: 'unknown'; code: string; quantity: number }

export interface QuickAdd {
  code: string
  quantity: number
}

interface SellState {
  /** Set by "2 *": the next item scanned, tapped or picked is added this many times, then it resets. */
  pendingQuantity: number | null
  /** What the last scan or tap did, shown under the search box. */
  lastAction: LastAction | null
  /** The unknown code being made into a product (the quick-add form is open). */
  quickAdd: QuickAdd | null
  setQuickAdd(quickAdd: QuickAdd | null): void
  setPendingQuantity(quantity: number | null): void
  setLastAction(action: LastAction | null): void
  /** Adds a variant with the pending quantity (or one) and says what happened. */
  sell(variant: { variantId: number; productName: string; label: string }): Promise<void>
  /**
   * A code from the scanner: looked up by barcode, then SKU, and sold. With an orphan (a lone key
   * just before the burst), `orphan + code` is tried first: the scan's own first key, cut off.
   */
  scan(code: string, orphan?: string): Promise<void>
}

function describe(variant: { productName: string; label: string }): string {
  return variant.label ? `${variant.productName} (${variant.label})` : variant.productName
}

export const useSellStore = create<SellState>()((set, get) => ({
  pendingQuantity: null,
  lastAction: null,
  quickAdd: null,

  setQuickAdd(quickAdd) {
    set({ quickAdd })
  },

  setPendingQuantity(pendingQuantity) {
    set({ pendingQuantity })
  },

  setLastAction(lastAction) {
    set({ lastAction })
  },

  async sell(variant) {
    const quantity = get().pendingQuantity ?? 1
    set({ pendingQuantity: null })
    await addAndReport(variant, quantity, set)
  },

  async scan(code, orphan = '') {
    // The quantity belongs to this scan, even if the next scan's lookup answers first.
    const quantity = get().pendingQuantity ?? 1
    set({ pendingQuantity: null })
    const whole = orphan ? await call(() => window.api.catalog.findByBarcode({ code: orphan + code })) : null
    const found = whole?.ok ? whole : await call(() => window.api.catalog.findByBarcode({ code }))
    if (!found.ok) {
      set({ lastAction: found.error.code === 'NOT_FOUND' ? { tone: 'unknown', code, quantity } : { tone: 'error', error: found.error } })
      return
    }
    await addAndReport(found.data, quantity, set)
  }
}))

async function addAndReport(
  variant: { variantId: number; productName: string; label: string },
  quantity: number,
  set: (state: Partial<SellState>) => void
): Promise<void> {
  const result = await useCartStore.getState().addVariant(variant.variantId, quantity)
  set({ lastAction: result.ok ? { tone: 'success', text: t('sell.added', { quantity, name: describe(variant) }) } : { tone: 'error', error: result.error } })
}
