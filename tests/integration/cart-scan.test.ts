import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scaleLabelCode } from '../../src/shared/scale-barcode'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { simpleProduct } from '../support/catalog-fixtures'

/**
 * cart.scan (issue 13): the scanner's code found and sold in one call and one transaction, as the
 * two calls it replaces (catalog.findByBarcode, then cart.addLine or cart.addScaleLabel) did.
 */
let till: TestTill

beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

async function product(name: string, sku: string, barcode: string | null, options: { soldBy?: 'each' | 'kg'; openPrice?: boolean; price?: number } = {}) {
  const created = await till.ok(
    'catalog.createProduct',
    simpleProduct(name, { sku, barcode, price: options.price ?? 250, stock: 50 }, { soldBy: options.soldBy ?? 'each', openPrice: options.openPrice ?? false })
  )
  return { productId: created.id, variantId: created.variants[0]!.id }
}

describe('cart.scan', () => {
  it('adds a barcode or SKU as cart.addLine does: a second scan raises the line, the quantity is the scan’s, one cart.changed each', async () => {
    const tea = await product('Green tea', 'TEA-1', '4006381333931')
    const cart = await till.ok('cart.current')
    const events = till.recordEvents()
    const first = await till.ok('cart.scan', { cartId: cart.id, code: '4006381333931' })
    expect(first).toMatchObject({ kind: 'item', variant: { variantId: tea.variantId, productName: 'Green tea' } })
    const second = await till.ok('cart.scan', { cartId: cart.id, code: 'TEA-1', quantity: 3 })
    if (second.kind !== 'item') throw new Error(`expected an item, got ${second.kind}`)
    expect(second.cart.lines.map((line) => [line.kind, line.variantId, line.quantity])).toEqual([['item', tea.variantId, 4]])
    expect(second.cart).toEqual(await till.ok('cart.get', { cartId: cart.id }))
    expect(events.filter((event) => event.name === 'cart.changed')).toEqual([
      { name: 'cart.changed', payload: { cartId: cart.id } },
      { name: 'cart.changed', payload: { cartId: cart.id } }
    ])
  })

  it('tries the orphan key with the code first, and the code alone when that is no product', async () => {
    const tea = await product('Green tea', 'TEA-1', '4006381333931')
    const cart = await till.ok('cart.current')
    expect(await till.ok('cart.scan', { cartId: cart.id, code: '006381333931', orphan: '4' })).toMatchObject({
      kind: 'item',
      variant: { variantId: tea.variantId }
    })
    expect(await till.ok('cart.scan', { cartId: cart.id, code: '4006381333931', orphan: 'x' })).toMatchObject({
      kind: 'item',
      variant: { variantId: tea.variantId }
    })
  })

  it('reads a scale label with the shop’s layout, as a line of its own', async () => {
    const cheese = await product('Comté', 'COMTE', '12345', { soldBy: 'kg', price: 2399 })
    await till.ok('settings.update', { scalePrefixes: [21], scaleItemDigits: 5, scaleValue: 'price' })
    const cart = await till.ok('cart.current')
    const code = scaleLabelCode(21, '12345', 599, 5)
    const answer = await till.ok('cart.scan', { cartId: cart.id, code: code.slice(1), orphan: code[0]! })
    if (answer.kind !== 'label') throw new Error(`expected a label, got ${answer.kind}`)
    expect(answer.cart.lines.map((line) => [line.kind, line.variantId, line.gross])).toEqual([['label', cheese.variantId, 599]])
  })

  it('writes nothing for a product that needs a weight or a price first, nor for a code no product has', async () => {
    const cheese = await product('Comté', 'COMTE', '12345', { soldBy: 'kg' })
    const misc = await product('Misc', 'MISC', '777', { openPrice: true })
    const cart = await till.ok('cart.current')
    const events = till.recordEvents()
    const before = await snapshotDatabase(till)
    expect(await till.ok('cart.scan', { cartId: cart.id, code: '12345' })).toMatchObject({
      kind: 'entry',
      variant: { variantId: cheese.variantId, soldBy: 'kg' }
    })
    expect(await till.ok('cart.scan', { cartId: cart.id, code: '777', quantity: 2 })).toMatchObject({
      kind: 'entry',
      variant: { variantId: misc.variantId, openPrice: true }
    })
    expect(await till.ok('cart.scan', { cartId: cart.id, code: '5012345678900', orphan: '9' })).toEqual({ kind: 'unknown', code: '5012345678900' })
    expect(await snapshotDatabase(till)).toEqual(before)
    expect(events).toEqual([])
  })

  it('refuses bad input, a missing cart, an archived product and a wrong scale label with a typed code, writing nothing', async () => {
    const tea = await product('Green tea', 'TEA-1', '4006381333931')
    await product('Comté', 'COMTE', '12345', { soldBy: 'kg' })
    await till.ok('catalog.archiveProduct', { id: tea.productId })
    await till.ok('settings.update', { scalePrefixes: [21], scaleItemDigits: 5, scaleValue: 'weight' })
    const cart = await till.ok('cart.current')
    const before = await snapshotDatabase(till)
    const label = scaleLabelCode(21, '12345', 1250, 5)
    const refusals: Array<[unknown, string]> = [
      [{ cartId: cart.id, code: '' }, 'VALIDATION'],
      [{ cartId: cart.id, code: '   ' }, 'VALIDATION'],
      [{ cartId: cart.id, code: '1'.repeat(65) }, 'VALIDATION'],
      [{ cartId: cart.id, code: '123', quantity: 0 }, 'VALIDATION'],
      [{ cartId: cart.id, code: '123', quantity: 1.5 }, 'VALIDATION'],
      [{ cartId: cart.id, code: '123', orphan: 'abc' }, 'VALIDATION'],
      [{ cartId: cart.id, code: '123', extra: true }, 'VALIDATION'],
      [{ cartId: 0, code: '123' }, 'VALIDATION'],
      [{ code: '123' }, 'VALIDATION'],
      [{ cartId: cart.id + 1000, code: '4006381333931' }, 'NOT_FOUND'],
      [{ cartId: cart.id, code: '4006381333931' }, 'PRODUCT_ARCHIVED'],
      [{ cartId: cart.id, code: label.slice(0, 12) + String((Number(label[12]) + 1) % 10) }, 'SCALE_LABEL_INVALID'],
      [{ cartId: cart.id, code: scaleLabelCode(21, '99999', 100, 5) }, 'SCALE_LABEL_INVALID']
    ]
    for (const [input, code] of refusals) {
      const answer = await till.call('cart.scan', input as never)
      expect(answer, JSON.stringify(input)).toMatchObject({ ok: false, error: { code } })
    }
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('never fails untyped and changes nothing for any code no product has', async () => {
    await product('Green tea', 'TEA-1', '4006381333931')
    await till.ok('settings.update', { scalePrefixes: [21], scaleItemDigits: 5, scaleValue: 'price' })
    const cart = await till.ok('cart.current')
    const before = await snapshotDatabase(till)
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.string({ maxLength: 3 }), async (code, orphan) => {
        fc.pre(!(orphan + code).includes('4006381333931') && !/TEA-1/i.test(orphan + code) && !/TEA-1/i.test(code.trim()))
        const answer = await till.call('cart.scan', { cartId: cart.id, code, orphan })
        if (answer.ok) expect(answer.data).toEqual({ kind: 'unknown', code: code.trim() })
        else expect(['VALIDATION', 'SCALE_LABEL_INVALID']).toContain(answer.error.code)
      }),
      { numRuns: 150 }
    )
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})
