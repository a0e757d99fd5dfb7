const ARABIC_INDIC_ZERO = 0x0660
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0

/**
 * What an Arabic keyboard types, as the parsers read it: Arabic-Indic digits (٠١٢ and Persian ۰۱۲)
 * become 0-9, the Arabic decimal mark (٫) a point and the Arabic comma (،) a comma; the Arabic
 * thousands mark (٬) stays, so it is refused like any group separator.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u060c]/g, (char) => {
    const code = char.charCodeAt(0)
    if (char === '\u066b') return '.'
    if (char === '\u060c') return ','
    return String(code >= EXTENDED_ARABIC_INDIC_ZERO ? code - EXTENDED_ARABIC_INDIC_ZERO : code - ARABIC_INDIC_ZERO)
  })
}

/** A PIN as typed (Arabic-Indic digits too, since an Arabic keyboard types those) down to its digits 0-9, at most `max` of them. */
export function pinDigits(text: string, max: number): string {
  return asciiDigits(text).replace(/\D/g, '').slice(0, max)
}
