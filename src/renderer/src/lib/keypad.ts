/** A key of the on-screen keypad: a digit, the decimal separator, 00, delete, or clear. */
export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00' | 'separator' | 'delete' | 'clear'

export interface KeypadLayout {
  /** The key left of 0: the locale's separator for amounts with cents, 00 for whole amounts, none for counts. */
  extra: 'separator' | '00' | null
  separator: string
}

/** What a field reads after one key: the same editing a keyboard does, at the end of the text. */
export function applyKey(text: string, key: KeypadKey, layout: KeypadLayout): string {
  switch (key) {
    case 'clear':
      return ''
    case 'delete':
      return text.slice(0, -1)
    case 'separator':
      if (layout.extra !== 'separator' || text.includes(layout.separator)) return text
      return `${text === '' ? '0' : text}${layout.separator}`
    case '00':
      return text === '' || text === '0' ? text : `${text}00`
    default:
      // A leading zero is replaced, as "07" is no amount anyone means.
      return text === '0' ? key : `${text}${key}`
  }
}
