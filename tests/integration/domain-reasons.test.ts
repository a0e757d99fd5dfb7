import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sayReason } from '../../src/shared/i18n/say-reason'
import { translatorFor } from '../../src/shared/i18n/translator'
import { LANGUAGES } from '../../src/shared/i18n/languages'
import type { ReasonCode, ReasonParams } from '../../src/shared/reasons'
import { reason, type Reason } from '../../src/shared/reasons'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { cartWith } from '../support/sales'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

describe('a domain rule’s refusal carries its reason as a code with its values', () => {
  it('on the field it belongs to, with main’s English sentence beside it, and writes nothing', async () => {
    const [soap] = await seedProducts(till.context, [{ name: 'Soap', price: 300, stock: 10 }])
    const cart = await cartWith(till, [])
    const before = await snapshotDatabase(till)
    expect(await till.call('cart.addWeighedLine', { cartId: cart.id, variantId: soap!.variantId, quantity: 500 })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Soap is sold by the piece, not by weight.',
        issues: [{ path: 'quantity', message: 'Soap is sold by the piece, not by weight.', reason: reason('cart.soldByPiece', { name: 'Soap' }) }]
      }
    })
    expect(await till.call('promotions.create', { name: '3 for 10.00', productId: 999, kind: 'multi_price', quantity: 3, price: 1000 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'productId', reason: reason('promotion.noProduct', { id: '999' }) }] }
    })
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

/** One example of every reason, so a code without a sentence in some language fails here. */
const EXAMPLES: { [Code in ReasonCode]: ReasonParams[Code] } = {
  'coupon.off': { code: 'A1' },
  'coupon.scheduled': { code: 'A1', from: '2026-04-01' },
  'coupon.expired': { code: 'A1', until: '2026-03-01' },
  'coupon.usedUp': { code: 'A1' },
  'coupon.minSpend': { code: 'A1', minSpend: 2000 },
  'coupon.unknown': { code: 'A1' },
  'coupon.limitBelowUses': { code: 'A1', count: 3 },
  'csv.extraCells': { count: 2 },
  'csv.differs': { field: 'name', value: 'x', firstValue: 'y', firstLine: 2, key: 'K' },
  'csv.notTaxRate': { text: 'x' },
  'csv.taxAbove100': { text: '120' },
  'csv.soldByUnknown': { text: 'x', units: 'each, kg' },
  'csv.optionValueMissing': { option: 'Size' },
  'csv.optionNameMissing': { slot: 1, value: 'x' },
  'csv.sameKey': { key: 'K', line: 2 },
  'csv.sameOptions': { line: 2 },
  'csv.priceRequired': {},
  'csv.notAmount': { text: 'x', example: '2.50' },
  'csv.tooManyDecimals': { text: '1.234', digits: 2 },
  'csv.tooLarge': { text: '9' },
  'csv.notWeight': { text: 'x', unit: 'kg' },
  'csv.notCount': { text: 'x' },
  'csv.soldByCatalog': { name: 'N', catalog: 'kg', file: 'each' },
  'csv.skuOfOther': { sku: 'S', holder: 'H' },
  'csv.skuUsed': { sku: 'S', holder: 'H' },
  'csv.barcodeUsed': { barcode: 'B', holder: 'H' },
  'csv.barcodeUsedAs': { barcode: 'B', holder: 'H', as: 'B2' },
  'csv.skuTwin': { sku: 'S', line: 2 },
  'csv.barcodeTwin': { barcode: 'B', line: 2 },
  'csv.mappingColumns': { count: 3, columns: 4 },
  'csv.field': { path: 'name', message: 'Name is required' },
  'product.tooManyVariants': { count: 120, max: 100 },
  'product.oneVariant': {},
  'product.sameVariants': { label: 'Large' },
  'product.noOptions': {},
  'product.variantOptions': { expected: 'Size' },
  'product.variantMissingOption': { option: 'Size' },
  'product.unknownOptionValue': { value: 'XL', option: 'Size' },
  'cart.hasOwnPrice': { name: 'N' },
  'cart.soldByPiece': { name: 'N' },
  'cart.lineQuantity': { max: 9999 },
  'cart.labelQuantity': {},
  'cart.openPriceOverride': {},
  'cart.labelPriceOverride': {},
  'order.deliveryAddress': {},
  'shift.unknownDenomination': { currency: 'EUR', worth: 7 },
  'shift.denominationTwice': {},
  'shift.countTooLarge': {},
  'promotion.noProduct': { id: '9' },
  'promotion.weighed': { name: 'N' },
  'promotion.emptyCategory': { category: 'Tea' },
  'sync.urlFirst': {},
  'sync.tokenFirst': {},
  'sync.insecure': {},
  'print.noFolder': { folder: '/x' },
  'print.networkHost': {},
  'print.networkPaper': {}
}

const formats = { money: (minor: number) => `€${minor / 100}`, count: String, field: ({ message }: { message: string }) => message }

describe('every reason', () => {
  it.each(LANGUAGES)('has a sentence in %s that names its values', (language) => {
    const t = translatorFor(language)
    for (const [code, params] of Object.entries(EXAMPLES)) {
      const sentence = sayReason(t, { code, params } as Reason, formats)
      expect(sentence, code).not.toContain('errors.reason')
      expect(sentence, code).not.toContain('{{')
      for (const value of Object.values(params)) {
        if (typeof value === 'string' && code !== 'csv.field') expect(sentence, `${code} in ${language}`).toContain(value)
      }
    }
  })
})
