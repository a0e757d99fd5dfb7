import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { simpleProduct, teeShirt } from '../support/catalog-fixtures'
import { openTestTill, snapshotDatabase, TEST_EPOCH, type TestTill } from '../support/test-till'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

describe('catalog products', () => {
  it('start empty, then create a simple product with its initial stock as a movement', async () => {
    expect(await till.ok('catalog.isEmpty')).toBe(true)
    const events = till.recordEvents()
    const product = await till.ok(
      'catalog.createProduct',
      simpleProduct('Flat White', { sku: 'cof-fw', barcode: '5060000000016', price: 320, stock: 12, lowStockThreshold: 3 })
    )
    expect(product).toMatchObject({ name: 'Flat White', category: 'Coffee', taxRateBp: 2000, options: [], archived: false, createdAt: TEST_EPOCH })
    expect(product.variants).toEqual([
      expect.objectContaining({ sku: 'cof-fw', barcode: '5060000000016', price: 320, stock: 12, lowStockThreshold: 3, attributes: {}, label: '' })
    ])
    const variantId = product.variants[0]!.id
    expect(await till.ok('stock.movements', { variantId })).toEqual([
      expect.objectContaining({ variantId, delta: 12, stockAfter: 12, reason: 'initial', actorId: 'owner' })
    ])
    expect(events).toEqual([
      { name: 'stock.changed', payload: { variantIds: [variantId] } },
      { name: 'catalog.changed', payload: { productIds: [product.id] } }
    ])
    expect(await till.ok('catalog.isEmpty')).toBe(false)
    expect(await till.ok('catalog.getProduct', { id: product.id })).toEqual(product)
  })

  it('create no movement for a variant that starts with no stock', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Gift card', { sku: 'GIFT' }))
    expect(await till.ok('stock.movements', { variantId: product.variants[0]!.id })).toEqual([])
  })

  it('create a product with variants, label them from their options and keep them in order', async () => {
    const product = await till.ok('catalog.createProduct', teeShirt())
    expect(product.options).toEqual([
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue'] }
    ])
    expect(product.variants.map((variant) => [variant.sku, variant.label, variant.price, variant.stock, variant.position])).toEqual([
      ['TEE-S-RED', 'S / Red', 1500, 1, 0],
      ['TEE-S-BLUE', 'S / Blue', 1500, 2, 1],
      ['TEE-M-RED', 'M / Red', 1600, 3, 2],
      ['TEE-M-BLUE', 'M / Blue', 1600, 4, 3]
    ])
  })

  it('spell attributes as the options do, whatever case was typed', async () => {
    const input = teeShirt()
    input.variants = [{ sku: 'T1', price: 100, attributes: { size: 's', COLOUR: 'red' } }]
    const product = await till.ok('catalog.createProduct', input)
    expect(product.variants[0]).toMatchObject({ attributes: { Size: 'S', Colour: 'Red' }, label: 'S / Red' })
  })

  it('update name, category and tax rate, and announce it', async () => {
    const created = await till.ok('catalog.createProduct', simpleProduct('Latte', { sku: 'LAT' }))
    till.clock.advance(60_000)
    const events = till.recordEvents()
    const updated = await till.ok('catalog.updateProduct', { id: created.id, name: '  Caffè Latte ', category: 'Hot drinks', taxRateBp: 550 })
    expect(updated).toMatchObject({ name: 'Caffè Latte', category: 'Hot drinks', taxRateBp: 550, updatedAt: TEST_EPOCH + 60_000 })
    expect(events).toEqual([{ name: 'catalog.changed', payload: { productIds: [created.id] } }])
  })

  it('archive a product so it cannot be sold, keep its history, and restore it', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Mocha', { sku: 'MOC', barcode: '5060000000023', stock: 4 }))
    const archived = await till.ok('catalog.archiveProduct', { id: product.id })
    expect(archived.archived).toBe(true)
    expect(await till.ok('catalog.search', { text: 'moc' })).toEqual([])
    const scan = await till.call('catalog.findByBarcode', { code: '5060000000023' })
    expect(scan).toMatchObject({ ok: false, error: { code: 'PRODUCT_ARCHIVED' } })
    expect((await till.ok('stock.movements', { variantId: product.variants[0]!.id })).length).toBe(1)
    expect((await till.ok('catalog.listProducts', {})).items).toEqual([])
    expect((await till.ok('catalog.listProducts', { archived: true })).items.map((item) => item.id)).toEqual([product.id])
    const restored = await till.ok('catalog.restoreProduct', { id: product.id })
    expect(restored.archived).toBe(false)
    expect((await till.ok('catalog.findByBarcode', { code: '5060000000023' })).variantId).toBe(product.variants[0]!.id)
  })

  it('edit one variant: SKU, barcode, price, threshold; clear its barcode; archive it while another stays', async () => {
    const product = await till.ok('catalog.createProduct', teeShirt())
    const [first, second] = product.variants
    const edited = await till.ok('catalog.updateVariant', { id: first!.id, sku: 'TEE-S-R', barcode: '4006381333931', price: 1450, lowStockThreshold: 2 })
    expect(edited.variants[0]).toMatchObject({ sku: 'TEE-S-R', barcode: '4006381333931', price: 1450, lowStockThreshold: 2, stock: 1 })
    const cleared = await till.ok('catalog.updateVariant', { id: first!.id, barcode: '' })
    expect(cleared.variants[0]!.barcode).toBeNull()
    const archived = await till.ok('catalog.updateVariant', { id: second!.id, archived: true })
    expect(archived.variants[1]!.archived).toBe(true)
    expect((await till.ok('catalog.search', { text: 'TEE-S' })).map((hit) => hit.sku)).toEqual(['TEE-S-R'])
  })

  it('refuse to archive the last variant on sale', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Espresso', { sku: 'ESP' }))
    const before = await snapshotDatabase(till)
    const result = await till.call('catalog.updateVariant', { id: product.variants[0]!.id, archived: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('list categories of the products on sale with their counts', async () => {
    await till.ok('catalog.createProduct', simpleProduct('Espresso', { sku: 'E1' }))
    await till.ok('catalog.createProduct', simpleProduct('Latte', { sku: 'L1' }))
    const tea = await till.ok('catalog.createProduct', simpleProduct('Green tea', { sku: 'T1' }, { category: 'Tea' }))
    await till.ok('catalog.createProduct', simpleProduct('Old tea', { sku: 'T2' }, { category: 'Tea' }))
    await till.ok('catalog.archiveProduct', { id: tea.id })
    expect(await till.ok('catalog.categories')).toEqual([
      { name: 'Coffee', productCount: 2 },
      { name: 'Tea', productCount: 1 }
    ])
  })
})

describe('product list', () => {
  it('page by name ignoring case with a keyset cursor, and filter by category and low stock', async () => {
    const names = ['banana bread', 'Apple pie', 'cherry cake', 'Brownie', 'apple tart']
    for (const [index, name] of names.entries()) {
      await till.ok(
        'catalog.createProduct',
        simpleProduct(name, { sku: `B${index}`, stock: index, lowStockThreshold: 2 }, { category: index % 2 ? 'Cakes' : 'Bakery' })
      )
    }
    const first = await till.ok('catalog.listProducts', { limit: 2 })
    expect(first.items.map((item) => item.name)).toEqual(['Apple pie', 'apple tart'])
    expect(first.next).toEqual({ name: 'apple tart', id: first.items[1]!.id })
    const second = await till.ok('catalog.listProducts', { limit: 2, after: first.next! })
    expect(second.items.map((item) => item.name)).toEqual(['banana bread', 'Brownie'])
    const last = await till.ok('catalog.listProducts', { limit: 2, after: second.next! })
    expect(last.items.map((item) => item.name)).toEqual(['cherry cake'])
    expect(last.next).toBeNull()
    const cakes = await till.ok('catalog.listProducts', { category: 'Cakes' })
    expect(cakes.items.map((item) => item.name)).toEqual(['Apple pie', 'Brownie'])
    // stock 0..4 with threshold 2: the first three are low
    const low = await till.ok('catalog.listProducts', { lowStock: true })
    expect(low.items.map((item) => item.name)).toEqual(['banana bread', 'Apple pie', 'cherry cake'].sort((a, b) => a.localeCompare(b)))
  })
})

describe('variant generation', () => {
  it('turn a simple product into one variant per combination, with generated SKUs, then edit one', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Hoodie', { sku: 'HOOD', price: 3000 }, { category: 'Clothing' }))
    const events = till.recordEvents()
    const generated = await till.ok('catalog.generateVariants', {
      productId: product.id,
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Colour', values: ['Grey', 'Crème'] }
      ],
      price: 3200
    })
    const sellable = generated.variants.filter((variant) => !variant.archived)
    expect(sellable.map((variant) => [variant.sku, variant.label, variant.price, variant.stock])).toEqual([
      ['HOOD-S-GREY', 'S / Grey', 3200, 0],
      ['HOOD-S-CREME', 'S / Crème', 3200, 0],
      ['HOOD-M-GREY', 'M / Grey', 3200, 0],
      ['HOOD-M-CREME', 'M / Crème', 3200, 0]
    ])
    expect(generated.variants.find((variant) => variant.sku === 'HOOD')!.archived).toBe(true)
    expect(events).toEqual([{ name: 'catalog.changed', payload: { productIds: [product.id] } }])
    const mediumCream = sellable[3]!
    const edited = await till.ok('catalog.updateVariant', { id: mediumCream.id, price: 3500, barcode: '5060000000030' })
    expect(edited.variants.find((variant) => variant.id === mediumCream.id)).toMatchObject({ price: 3500, barcode: '5060000000030' })
    await till.ok('stock.adjust', { variantId: mediumCream.id, delta: 5, reason: 'received' })
    expect((await till.ok('catalog.findByBarcode', { code: '5060000000030' })).stock).toBe(5)
  })

  it('keep surviving variants with their stock when options grow, and avoid SKUs already taken', async () => {
    const product = await till.ok('catalog.createProduct', {
      name: 'Socks',
      taxRateBp: 2000,
      options: [{ name: 'Size', values: ['S'] }],
      variants: [{ sku: 'SOCK-S', price: 500, stock: 7, attributes: { Size: 'S' } }]
    })
    await till.ok('catalog.createProduct', simpleProduct('Other', { sku: 'SOCK-M' }))
    const generated = await till.ok('catalog.generateVariants', {
      productId: product.id,
      options: [{ name: 'Size', values: ['S', 'M'] }],
      price: 550,
      skuPrefix: 'SOCK'
    })
    expect(generated.variants.map((variant) => [variant.sku, variant.stock, variant.price, variant.archived])).toEqual([
      ['SOCK-S', 7, 500, false],
      ['SOCK-M-2', 0, 550, false]
    ])
  })

  it('refuse to drop a variant that still has stock, changing nothing', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Mug', { sku: 'MUG', stock: 3 }))
    const before = await snapshotDatabase(till)
    const result = await till.call('catalog.generateVariants', { productId: product.id, options: [{ name: 'Colour', values: ['White'] }], price: 800 })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Mug still has 3 in stock') } })
    expect(await snapshotDatabase(till)).toEqual(before)
    expect(await till.ok('catalog.getProduct', { id: product.id })).toMatchObject({ options: [] })
  })
})

describe('stock adjustments', () => {
  it('add and remove stock with a reason, newest movement first, and refuse going below zero', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Croissant', { sku: 'CRO', stock: 5 }))
    const variantId = product.variants[0]!.id
    till.clock.advance(1000)
    const received = await till.ok('stock.adjust', { variantId, delta: 10, reason: 'received', note: 'Morning delivery' })
    expect(received).toMatchObject({ delta: 10, stockAfter: 15, reason: 'received', note: 'Morning delivery', createdAt: TEST_EPOCH + 1000 })
    await till.ok('stock.adjust', { variantId, delta: -2, reason: 'damaged' })
    const before = await snapshotDatabase(till)
    const refused = await till.call('stock.adjust', { variantId, delta: -14, reason: 'lost' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'STOCK_INSUFFICIENT', details: { available: 13, requested: 14 } } })
    expect(await snapshotDatabase(till)).toEqual(before)
    const movements = await till.ok('stock.movements', { variantId })
    expect(movements.map((movement) => [movement.reason, movement.delta, movement.stockAfter])).toEqual([
      ['damaged', -2, 13],
      ['received', 10, 15],
      ['initial', 5, 5]
    ])
    const older = await till.ok('stock.movements', { variantId, before: movements[0]!.id, limit: 1 })
    expect(older.map((movement) => movement.reason)).toEqual(['received'])
    expect((await till.ok('catalog.getProduct', { id: product.id })).variants[0]!.stock).toBe(13)
  })
})
