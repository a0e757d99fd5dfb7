import { useEffect, useRef } from 'react'
import { BarcodeWedge, BURST_SLACK_MS, isModifierKey, SCAN_KEY_GAP_MS } from './barcode-wedge'

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

/** What a field held before a burst's first key landed in it, to put back when the burst was a scan. */
interface FieldSnapshot {
  field: Field
  value: string
  selection: [number, number] | null
}

function fieldOf(target: EventTarget | null): Field | null {
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return target
  return null
}

function snapshotOf(target: EventTarget | null): FieldSnapshot | null {
  const field = fieldOf(target)
  if (!field) return null
  const selection =
    field instanceof HTMLSelectElement || field.selectionStart === null || field.selectionEnd === null
      ? null
      : ([field.selectionStart, field.selectionEnd] as [number, number])
  return { field, value: field.value, selection }
}

/**
 * Puts a field back as it was. The value goes through the prototype's setter and an input event,
 * so React's controlled inputs see the change as if it had been typed.
 */
function restore({ field, value, selection }: FieldSnapshot): void {
  if (field.value === value) return
  const prototype = Object.getPrototypeOf(field) as object
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value)
  if (selection && !(field instanceof HTMLSelectElement)) field.setSelectionRange(selection[0], selection[1])
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
}

/** Gives characters held back from a burst that turned out to be typing to the focused field. */
function giveBack(text: string): void {
  const field = fieldOf(document.activeElement)
  if (!text || !field || field instanceof HTMLSelectElement || field.readOnly || field.disabled) return
  // insertText goes through the browser's own editing, so the field, React and undo all see typing.
  document.execCommand('insertText', false, text)
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'email', 'url', 'password'])

/** A field a character would be typed into (not a checkbox, a select or a date picker). */
function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && !target.disabled
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type) && !target.readOnly && !target.disabled
}

let listening: BarcodeWedge | null = null

/** True while keys are held back as a possible scan: work that can wait (a search) should. */
export function scanUnderWay(): boolean {
  return listening?.holding ?? false
}

/**
 * While mounted, a scan typed by a keyboard-wedge scanner calls `onScan(code)` wherever the focus
 * is, and leaves nothing of the code in the focused field (nor lets its Enter submit anything).
 *
 * In a text field even the first key of a burst is held for up to SCAN_KEY_GAP_MS (no one feels
 * that), so a scan that follows at scanner pace never reaches the field at all and costs the page
 * no work while it is typed. A person's key is typed into the field once that moment has passed.
 */
export function useBarcodeScanner(onScan: (code: string, orphan: string) => void, enabled = true): void {
  const handler = useRef(onScan)
  handler.current = onScan
  useEffect(() => {
    if (!enabled) return
    const wedge = new BarcodeWedge()
    listening = wedge
    let snapshot: FieldSnapshot | null = null
    // The field as it was before the burst before this one: a scan's orphaned first key undoes to here.
    let earlierSnapshot: FieldSnapshot | null = null
    let firstHeld = ''
    let firstTimer: ReturnType<typeof setTimeout> | undefined
    let quietTimer: ReturnType<typeof setTimeout> | undefined
    const swallow = (event: KeyboardEvent) => {
      event.preventDefault()
      event.stopImmediatePropagation()
    }
    /** Types what was held back (the burst's first key, if still held, then the rest) into the field. */
    const flush = (rest: string) => {
      giveBack(firstHeld + rest)
      firstHeld = ''
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (isModifierKey(event.key)) return
      const verdict = wedge.onKey({
        key: event.key,
        time: event.timeStamp,
        modified: event.ctrlKey || event.altKey || event.metaKey || event.isComposing || event.repeat
      })
      clearTimeout(quietTimer)
      clearTimeout(firstTimer)
      if (verdict.kind === 'hold') {
        swallow(event)
        quietTimer = setTimeout(() => flush(wedge.release()), SCAN_KEY_GAP_MS + BURST_SLACK_MS)
        return
      }
      if (verdict.kind === 'scan') {
        swallow(event)
        firstHeld = ''
        const before = verdict.orphan && earlierSnapshot ? earlierSnapshot : snapshot
        if (before) restore(before)
        snapshot = null
        earlierSnapshot = null
        handler.current(verdict.code, verdict.orphan)
        return
      }
      flush(verdict.release)
      if (!verdict.startsBurst) return
      earlierSnapshot = snapshot
      snapshot = snapshotOf(event.target)
      if (isTextEntry(event.target)) {
        swallow(event)
        firstHeld = event.key
        firstTimer = setTimeout(() => flush(''), SCAN_KEY_GAP_MS)
      }
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      clearTimeout(quietTimer)
      clearTimeout(firstTimer)
      if (listening === wedge) listening = null
    }
  }, [enabled])
}
