import type { Rectangle } from './window-state'

export interface ScreenInfo {
  id: number
  bounds: Rectangle
  workArea: Rectangle
}

/** A window on the cashier's own screen, for a till with one screen (or to try the display out). */
export const SINGLE_SCREEN_SIZE = { width: 800, height: 600 } as const

export interface CustomerWindowPlacement {
  bounds: Rectangle
  /** On a screen of its own the display fills it; beside the till on one screen it is a plain window. */
  fullscreen: boolean
}

/**
 * Where the customer's window goes: full screen on the first screen that is not the one the till's
 * window is on; with one screen only, a window in the corner of it.
 */
export function placeCustomerWindow(screens: readonly ScreenInfo[], tillScreenId: number): CustomerWindowPlacement | null {
  const other = screens.find((screen) => screen.id !== tillScreenId)
  if (other) return { bounds: other.bounds, fullscreen: true }
  const only = screens[0]
  if (!only) return null
  const width = Math.min(SINGLE_SCREEN_SIZE.width, only.workArea.width)
  const height = Math.min(SINGLE_SCREEN_SIZE.height, only.workArea.height)
  return {
    bounds: { x: only.workArea.x + only.workArea.width - width, y: only.workArea.y, width, height },
    fullscreen: false
  }
}
