import { schemaMessage } from './i18n/schema-message'

/**
 * Barcodes as scanners send them. EAN-8, UPC-A (12 digits), EAN-13 and GTIN-14 are one numbering
 * (GTIN): a code is the same code with leading zeros added, so UPC-A 036000291452, its EAN-13 form
 * 0036000291452 and the EAN-8 12345670 inside 0000012345670 each have one key, the 14-digit form.
 * Any other code (a shop's own, Code 128 with letters) is compared without letter case.
 */
export function isGtinShaped(code: string): boolean {
  return /^(\d{8}|\d{12,14})$/.test(code)
}

/** Must compute what variants.barcode_key computes in SQL (migration 0011). */
export function barcodeKey(code: string): string {
  return isGtinShaped(code) ? code.padStart(14, '0') : code.toLowerCase()
}

/** The GTIN check digit for the digits before it (weights 3, 1, 3, ... from the right). */
export function gtinCheckDigit(body: string): number {
  let sum = 0
  for (let index = 0; index < body.length; index++) {
    const fromRight = body.length - index
    sum += Number(body[index]) * (fromRight % 2 === 1 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

/** Why a GTIN-shaped code cannot be right, or null (codes of other shapes are kept as typed). */
export function barcodeProblem(code: string): string | null {
  if (!isGtinShaped(code)) return null
  const expected = gtinCheckDigit(code.slice(0, -1))
  if (Number(code.slice(-1)) === expected) return null
  const kind = code.length === 8 ? 'EAN-8' : code.length === 12 ? 'UPC-A' : code.length === 13 ? 'EAN-13' : 'GTIN-14'
  return schemaMessage('catalog.barcodeCheckDigit', { code, kind, expected })
}
