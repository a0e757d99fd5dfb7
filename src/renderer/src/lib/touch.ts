import { useEffect, useSyncExternalStore } from 'react'
import { create } from 'zustand'
import { useShopSettings } from '../stores/settings-store'

const COARSE = '(any-pointer: coarse)'

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(COARSE)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** Is this till worked by touch: as the shop set it, or (auto) when the screen takes touch. */
export function useTouchTill(): boolean {
  const { touchMode } = useShopSettings()
  const coarse = useSyncExternalStore(subscribe, () => window.matchMedia(COARSE).matches)
  return touchMode === 'on' || (touchMode === 'auto' && coarse)
}

/** Marks the page for a touch till (bigger targets), for as long as it is one. */
export function useTouchClass(): void {
  const touch = useTouchTill()
  useEffect(() => {
    document.documentElement.classList.toggle('touch', touch)
  }, [touch])
}

interface KeypadState {
  /** The field whose on-screen keypad is shown: the amount or quantity field touched last. */
  owner: string | null
  claim(owner: string): void
  release(owner: string): void
}

export const useKeypadStore = create<KeypadState>()((set, get) => ({
  owner: null,
  claim(owner) {
    set({ owner })
  },
  release(owner) {
    if (get().owner === owner) set({ owner: null })
  }
}))
