import { create } from 'zustand'
import type { ShiftState } from '../../../shared/shifts'
import { call } from '../lib/call'

interface ShiftStore {
  state: ShiftState | null
  load(): Promise<void>
}

let listening = false

/**
 * Whether a shift is open, read once and kept live by shift.changed, so that Pay can decide at once
 * whether the shift must be opened first: a key pressed right after F4 reaches the payment itself.
 */
export const useShiftStore = create<ShiftStore>()((set, get) => ({
  state: null,
  async load() {
    if (!listening) {
      listening = true
      window.api.on('shift.changed', () => void get().load())
    }
    const result = await call(() => window.api.shifts.state())
    if (result.ok) set({ state: result.data })
  }
}))
