import { useEffect } from 'react'
import { useSessionStore } from '../stores/session-store'

/** Every key (a barcode scanner types keys too), touch, click or scroll counts as someone at the till. */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel'] as const

const onActivity = new Set<() => void>()

// Listened for once, as this module loads, so that these listeners come first on the window: the
// barcode scanner swallows a scan's keys in its own capture listener (stopImmediatePropagation),
// and one added later by an effect would never hear a scan.
if (typeof window !== 'undefined') {
  for (const name of ACTIVITY) {
    window.addEventListener(
      name,
      () => {
        for (const heard of onActivity) heard()
      },
      { capture: true, passive: true }
    )
  }
}

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
    onActivity.add(arm)
    return () => {
      window.clearTimeout(timer)
      onActivity.delete(arm)
    }
  }, [minutes, enabled, lock])
}
