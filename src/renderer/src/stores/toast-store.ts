import { create } from 'zustand'

export interface Toast {
  id: number
  text: string
  tone: 'success' | 'info'
}

interface ToastState {
  toasts: Toast[]
  show(text: string, tone?: Toast['tone']): void
  dismiss(id: number): void
}

/** Long enough to read at a glance, short enough not to cover the next sale. */
export const TOAST_MS = 3500
let nextId = 1

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show(text, tone = 'success') {
    const id = nextId++
    set({ toasts: [...get().toasts.slice(-2), { id, text, tone }] })
    setTimeout(() => get().dismiss(id), TOAST_MS)
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) })
  }
}))

/** Confirms a finished action with a short toast: `toast('Product saved')`. */
export function toast(text: string, tone?: Toast['tone']): void {
  useToastStore.getState().show(text, tone)
}
