import { create } from 'zustand'
import type { SellableVariant } from '../../../../shared/catalog'
import type { AppErrorData } from '../../../../shared/errors'
import { t } from '../../i18n/i18n'
import { useCartStore } from './cart-store'

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

/** What Sell can sell, as a tile, a search match or a scan finds it. */
export type SellPick = Pick<SellableVariant, 'variantId' | 'productName' | 'label' | 'price' | 'taxRateBp' | 'soldBy' | 'openPrice'>

/**
 * A line that needs more than a tap (issue 13): a price typed ("Sell at a price" for an unknown
 * code, the Misc key, an open-price product) or a weight typed for a product sold by weight.
 */
export type SpecialEntry = { kind: 'price'; code: string; variant: SellPick | null; quantity: number } | { kind: 'weight'; variant: SellPick }

interface SellState {
  /** Set by "2 *": the next item scanned, tapped or picked is added this many times, then it resets. */
  pendingQuantity: number | null
  /** What the last scan or tap did, shown under the search box. */
  lastAction: LastAction | null
  /** The unknown code being made into a product (the quick-add form is open). */
  quickAdd: QuickAdd | null
  setQuickAdd(quickAdd: QuickAdd | null): void
  /** The open-price or weight form open over Sell. */
  special: SpecialEntry | null
  setSpecial(special: SpecialEntry | null): void
  setPendingQuantity(quantity: number | null): void
  setLastAction(action: LastAction | null): void
  /** Adds a variant with the pending quantity (or one) and says what happened; one sold by weight or at a typed price opens its form. */
  sell(variant: SellPick): Promise<void>
  /**
   * A code from the scanner, found and sold in one call (cart.scan): a scale label by the shop's
   * layout, else by barcode, then SKU. With an orphan (a lone key just before the burst),
   * `orphan + code` is tried first: the scan's own first key, cut off.
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
  special: null,

  setQuickAdd(quickAdd) {
    set({ quickAdd })
  },

  setSpecial(special) {
    set({ special })
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
    if (variant.openPrice) set({ special: { kind: 'price', code: '', variant, quantity } })
    else if (variant.soldBy !== 'each') set({ special: { kind: 'weight', variant } })
    else await addAndReport(variant, quantity, set)
  },

  async scan(code, orphan = '') {
    // The quantity belongs to this scan, even if the next scan's answer comes first.
    const quantity = get().pendingQuantity ?? 1
    set({ pendingQuantity: null })
    const scanned = await useCartStore.getState().scan(code, orphan, quantity)
    if (!scanned.ok) {
      set({ lastAction: { tone: 'error', error: scanned.error } })
      return
    }
    const outcome = scanned.data
    if (outcome.kind === 'unknown') set({ lastAction: { tone: 'unknown', code: outcome.code, quantity } })
    else if (outcome.kind === 'label') set({ lastAction: { tone: 'success', text: t('counter.labelAdded', { name: outcome.cart.lines.at(-1)?.name ?? '' }) } })
    else if (outcome.kind === 'item') set({ lastAction: { tone: 'success', text: t('sell.added', { quantity, name: describe(outcome.variant) }) } })
    else {
      // Sold by weight or at a typed price: its form opens, nothing was added yet.
      set({ pendingQuantity: quantity })
      await get().sell(outcome.variant)
    }
  }
}))

async function addAndReport(variant: SellPick, quantity: number, set: (state: Partial<SellState>) => void): Promise<void> {
  const result = await useCartStore.getState().addVariant(variant.variantId, quantity)
  set({ lastAction: result.ok ? { tone: 'success', text: t('sell.added', { quantity, name: describe(variant) }) } : { tone: 'error', error: result.error } })
}
