import { useEffect } from 'react'
import { useSessionStore } from '../stores/session-store'

/** Every key (a barcode scanner types keys too), touch, click or scroll counts as someone at the till. */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel'] as const

/**
 * Locks this window after `minutes` without activity (0: never). A payment in progress is never
 * interrupted: the lock waits until it is done, then the idle time starts again.
 */
export function useIdleLock(minutes: number, enabled: boolean): void {
  const lock = useSessionStore((state) => state.lock)
  useEffect(() => {
    if (!enabled || minutes <= 0) return
    const idleMs = minutes * 60_000
    let timer = 0
    const arm = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        if (useSessionStore.getState().paying > 0) arm()
        else void lock()
      }, idleMs)
    }
    arm()
    for (const name of ACTIVITY) window.addEventListener(name, arm, { capture: true, passive: true })
    return () => {
      window.clearTimeout(timer)
      for (const name of ACTIVITY) window.removeEventListener(name, arm, { capture: true })
    }
  }, [minutes, enabled, lock])
}
