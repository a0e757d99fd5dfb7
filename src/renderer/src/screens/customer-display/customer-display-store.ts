import { create } from 'zustand'
import type { CustomerDisplayState } from '../../../../shared/customer-display'
import { applyScreenLanguage } from '../../i18n/i18n'
import { call } from '../../lib/call'

interface CustomerDisplayStore {
  /** What main computed for the customer's screen; null until the first answer. */
  state: CustomerDisplayState | null
  /** Reads the state once, then follows `display.changed`; answers the unsubscribe. */
  follow(): () => void
}

/**
 * The customer's screen draws only what main pushes: it never asks for carts, orders or settings,
 * so it can show nothing a cashier's screen would (costs, stock, staff). It speaks the shop's
 * receipt language, whatever this till's screen language is.
 */
export const useCustomerDisplayStore = create<CustomerDisplayStore>()((set) => {
  const show = async (state: CustomerDisplayState): Promise<void> => {
    await applyScreenLanguage(state.language)
    set({ state })
  }
  return {
    state: null,
    follow() {
      let heard = false
      const stop = window.api.on('display.changed', ({ state }) => {
        heard = true
        void show(state)
      })
      void call(() => window.api.display.current()).then((result) => {
        // A push that came first is newer than this answer.
        if (result.ok && !heard) void show(result.data)
      })
      return stop
    }
  }
})
