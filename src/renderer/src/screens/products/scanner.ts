import type { KeyboardEvent } from 'react'

/** A scanner ends each code with Enter: in a barcode field that must not submit the form. */
export function keepScannerEnter(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key === 'Enter') event.preventDefault()
}
