import { createContext, useContext, useLayoutEffect, useRef } from 'react'

/**
 * Keyboard shortcuts as the UI shows them: "F2", "F4", "Escape", "Alt+P", "Ctrl+Enter".
 * F-keys and modified keys fire even while typing in a field; plain keys never do.
 */
export type Hotkey = string

export function hotkeyOf(event: KeyboardEvent): Hotkey {
  const parts: string[] = []
  if (event.ctrlKey) parts.push('Ctrl')
  if (event.altKey) parts.push('Alt')
  if (event.shiftKey && event.key.length > 1) parts.push('Shift')
  // Alt+letter or digit reports a composed character on some layouts; the physical key is what was meant.
  const physical = /^(?:Key([A-Z])|Digit(\d))$/.exec(event.code)
  const key = event.altKey && physical ? (physical[1] ?? physical[2] ?? event.key) : event.key.length === 1 ? event.key.toUpperCase() : event.key
  parts.push(key)
  return parts.join('+')
}

function firesWhileTyping(hotkey: Hotkey): boolean {
  return /^(Ctrl|Alt)\+/.test(hotkey) || /^(Shift\+)?F\d{1,2}$/.test(hotkey) || hotkey === 'Escape'
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

type Handler = (event: KeyboardEvent) => void
const stack: Array<{ hotkey: Hotkey; layer: number; handler: { current: Handler } }> = []

/** Layer 0 is the screen; each open dialog is one layer up. Only the top layer's hotkeys fire. */
const LayerContext = createContext(0)
export const HotkeyLayerProvider = LayerContext.Provider
const openLayers: number[] = []

/** Called by a modal: while it is mounted, the hotkeys of everything beneath it are off. */
export function useHotkeyLayer(): number {
  const layer = useContext(LayerContext) + 1
  // Layout effects run in the same commit as the render, so a key pressed right after a dialog
  // opens (F4 then F7 at a busy counter) already reaches the dialog, never the screen beneath it.
  useLayoutEffect(() => {
    openLayers.push(layer)
    return () => {
      openLayers.splice(openLayers.indexOf(layer), 1)
    }
  }, [layer])
  return layer
}

/** One listener for the whole app; on the top layer, the most recently mounted owner of a hotkey wins. */
window.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.repeat) return
  const hotkey = hotkeyOf(event)
  if (isTyping(event.target) && !firesWhileTyping(hotkey)) return
  const top = Math.max(0, ...openLayers)
  for (let index = stack.length - 1; index >= 0; index--) {
    const entry = stack[index]
    if (entry && entry.layer === top && entry.hotkey === hotkey) {
      event.preventDefault()
      entry.handler.current(event)
      return
    }
  }
})

/** Binds a shortcut while the component is mounted (and `enabled`). */
export function useHotkey(hotkey: Hotkey, handler: Handler, enabled = true): void {
  const ref = useRef(handler)
  ref.current = handler
  const layer = useContext(LayerContext)
  useLayoutEffect(() => {
    if (!enabled) return
    const entry = { hotkey, layer, handler: ref }
    stack.push(entry)
    return () => {
      const index = stack.indexOf(entry)
      if (index >= 0) stack.splice(index, 1)
    }
  }, [hotkey, layer, enabled])
}

/** How a hotkey is printed on a button: "Alt+P" → ["Alt", "P"]. */
export function hotkeyParts(hotkey: Hotkey): string[] {
  return hotkey === 'Escape' ? ['Esc'] : hotkey.split('+')
}
