import { describe, expect, it } from 'vitest'
import { CHANNELS, contract } from '../../src/shared/contract'
import { isCardNumberIssue } from '../../src/shared/free-text'
import { CARD_NUMBER_PROBES } from '../support/card-numbers'
import { stringLeaves } from '../support/schema-walk'

/**
 * The strings of the contract that may hold a Luhn-valid digit run, each with the reason. Keep
 * this short: every other string a shopkeeper can type must be built with `freeText`.
 */
const NOT_FREE_TEXT: Record<string, string> = {
  'catalog.createProduct variants.*.sku': 'a product code: shops often use the EAN barcode as the SKU, and one EAN in ten passes Luhn',
  'catalog.createProduct variants.*.barcode': 'a product code: EAN/UPC digits, one in ten passes Luhn',
  'catalog.updateVariant sku': 'a product code (see catalog.createProduct)',
  'catalog.updateVariant barcode': 'a product code (see catalog.createProduct)',
  'catalog.generateVariants skuPrefix': 'a product code prefix (see catalog.createProduct)',
  'catalog.search text': 'a lookup, never stored: the scanner types barcodes into it',
  'catalog.findByBarcode code': 'a lookup, never stored: a scanned barcode',
  'cart.scan code': 'a lookup, never stored: a scanned barcode (a scale label, kept on its line, is 13 digits by format)',
  'catalog.importCsv csv': 'the file itself; each row is checked by the product schema (names guarded, codes as above)',
  'catalog.importCsv file': "the file's bytes in base64; each row is checked by the product schema once decoded",
  'catalog.inspectCsv file': "the file's bytes in base64, read and never stored (only its header and a few rows are shown)",
  'backups.updateSettings passphrase': 'a secret that encrypts the backups: never stored, shown or synced',
  'sync.configure token': "the receiver's secret: random text, kept encrypted, never shown or synced"
}

/** The probes as they appear in other formats: inside an email address, a URL path. */
const PROBES = [...CARD_NUMBER_PROBES, '4111111111111111@example.com', 'https://example.com/4111111111111111']

/** guarded: every probe refused as a card number; format: every probe refused by the field's own format (dates, UUIDs, four digits); open: one got through. */
type Verdict = 'guarded' | 'format' | 'open'

function verdictOf(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: Parameters<typeof isCardNumberIssue>[0][] } } }): Verdict {
  const results = PROBES.map((probe) => schema.safeParse(probe))
  if (results.some((result) => result.success)) return 'open'
  const guardedEverywhere = results.every((result) => result.error?.issues.some(isCardNumberIssue))
  return guardedEverywhere ? 'guarded' : 'format'
}

const leaves = CHANNELS.flatMap((channel) =>
  stringLeaves(contract[channel].input).map((leaf) => ({ key: `${channel} ${leaf.path}`, channel, verdict: verdictOf(leaf.schema) }))
)

describe('every free-text field of the contract refuses card numbers', () => {
  it('walks every channel and finds their strings', () => {
    expect(new Set(leaves.map((leaf) => leaf.channel)).size).toBeGreaterThan(10)
    expect(leaves.filter((leaf) => leaf.verdict === 'guarded').length).toBeGreaterThan(30)
  })

  it('has no string that accepts a card number, unless it is listed with its reason', () => {
    const open = leaves.filter((leaf) => leaf.verdict === 'open' && !(leaf.key in NOT_FREE_TEXT)).map((leaf) => leaf.key)
    expect(open, 'build these fields with freeText (src/shared/free-text.ts)').toEqual([])
  })

  it('lists no field that is gone or already guarded', () => {
    const byKey = new Map(leaves.map((leaf) => [leaf.key, leaf.verdict]))
    const stale = Object.keys(NOT_FREE_TEXT).filter((key) => byKey.get(key) !== 'open')
    expect(stale).toEqual([])
  })
})
