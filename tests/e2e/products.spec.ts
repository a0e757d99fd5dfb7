import { snapshotDatabase } from '../support/test-till'
import { expect, test } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

test('create a product, edit it, adjust its stock with a reason, archive and restore it', async ({ page, till, capture }) => {
  await addProduct(till, 'Oat Milk 1 L', { sku: 'OAT-1L', price: 249, stock: 12 }, { category: 'Dairy' })
  await page.goto('/#/products')
  await expect(page.getByTestId('product-row')).toHaveCount(1)

  await page.keyboard.press('Alt+N')
  const form = page.getByTestId('product-form')
  await expect(form).toBeVisible()
  await page.getByTestId('product-name').fill('Sourdough Loaf')
  await page.getByTestId('product-category').fill('Bakery')
  await page.getByTestId('product-tax-rate').fill('5.5')
  await page.getByTestId('product-sku').fill('SOUR-1')
  await page.getByTestId('product-barcode').fill('4006381333931')
  await page.getByTestId('product-price').fill('4.20')
  await page.getByTestId('product-stock').fill('8')
  await page.getByTestId('product-low-stock').fill('3')
  await capture(page, 'products-new-product')
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('toast')).toHaveText('Sourdough Loaf created')
  await expect(form).toBeHidden()

  const detail = page.getByTestId('product-detail')
  await expect(detail.getByTestId('product-detail-name')).toHaveText('Sourdough Loaf')
  await expect(detail).toContainText('Bakery · tax 5.5%')
  await expect(detail.getByTestId('variant-price')).toHaveText('$4.20')
  await expect(page.getByTestId('product-row-name')).toHaveText(['Oat Milk 1 L', 'Sourdough Loaf'])
  const [created] = (await till.ok('catalog.search', { text: 'SOUR-1' })).map((variant) => variant.productId)
  expect(await till.ok('catalog.getProduct', { id: created as number })).toMatchObject({
    name: 'Sourdough Loaf',
    category: 'Bakery',
    taxRateBp: 550,
    variants: [{ sku: 'SOUR-1', barcode: '4006381333931', price: 420, stock: 8, lowStockThreshold: 3 }]
  })

  await detail.getByTestId('product-edit').click()
  await page.getByTestId('product-name').fill('Sourdough Loaf 800 g')
  await page.getByTestId('product-form-save').click()
  await expect(detail.getByTestId('product-detail-name')).toHaveText('Sourdough Loaf 800 g')

  await detail.getByTestId('variant-edit').click()
  await page.getByTestId('variant-form-price').fill('4.5')
  await page.getByTestId('variant-form-save').click()
  await expect(detail.getByTestId('variant-price')).toHaveText('$4.50')

  await detail.getByTestId('variant-adjust-stock').click()
  await page.getByTestId('stock-form-reason-damaged').check()
  await page.getByTestId('stock-form-quantity').fill('2')
  await page.getByTestId('stock-form-note').fill('Dropped on the floor')
  await expect(page.getByTestId('stock-form-after')).toContainText('6')
  await capture(page, 'products-stock-adjustment')
  await page.getByTestId('stock-form-save').click()
  await expect(page.getByTestId('toast').last()).toHaveText('Sourdough Loaf 800 g: stock is now 6')
  await expect(detail.getByTestId('variant-stock')).toHaveText('6')
  const [movement] = await till.ok('stock.movements', { variantId: (await till.ok('catalog.getProduct', { id: created as number })).variants[0]?.id as number })
  expect(movement).toMatchObject({ delta: -2, stockAfter: 6, reason: 'damaged', note: 'Dropped on the floor' })
  await capture(page, 'products')

  await detail.getByTestId('product-archive').click()
  await expect(detail.getByTestId('product-detail-archived')).toBeVisible()
  await expect(page.getByTestId('product-row-name')).toHaveText(['Oat Milk 1 L'])
  expect((await till.ok('catalog.getProduct', { id: created as number })).archived).toBe(true)
  await page.getByTestId('products-view-archived').click()
  await expect(page.getByTestId('product-row-name')).toHaveText(['Sourdough Loaf 800 g'])
  await detail.getByTestId('product-restore').click()
  await expect(page.getByTestId('product-list-empty')).toBeVisible()
  await page.getByTestId('products-view-active').click()
  await expect(page.getByTestId('product-row-name')).toHaveText(['Oat Milk 1 L', 'Sourdough Loaf 800 g'])
  expect((await till.ok('catalog.getProduct', { id: created as number })).archived).toBe(false)
})

test('bad input in the product form is refused in words beside the fields, and nothing is written', async ({ page, till, capture }) => {
  await addProduct(till, 'Oat Milk 1 L', { sku: 'OAT-1L', price: 249 })
  await page.goto('/#/products')
  const before = await snapshotDatabase(till)

  await page.getByTestId('products-new').click()
  await page.getByTestId('product-price').fill('4.999')
  await page.getByTestId('product-tax-rate').fill('twenty')
  await page.getByTestId('product-stock').fill('-3')
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('product-price-error')).toHaveText('Use at most 2 digits after the decimal mark.')
  await expect(page.getByTestId('product-tax-rate-error')).toHaveText('Type the tax rate as a percentage, for example 20 or 5.5.')
  await expect(page.getByTestId('product-stock-error')).toHaveText('Stock cannot be negative.')
  await expect(page.getByTestId('product-tax-rate')).toBeFocused()

  await page.getByTestId('product-tax-rate').fill('20')
  await page.getByTestId('product-price').fill('4.99')
  await page.getByTestId('product-stock').fill('3')
  await page.getByTestId('product-sku').fill('has spaces')
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('product-name-error')).toHaveText('Name is required.')
  await expect(page.getByTestId('product-sku-error')).toHaveText('SKU uses letters, digits and punctuation, without spaces.')
  await capture(page, 'products-form-refused')

  await page.getByTestId('product-name').fill('Another Oat Milk')
  await page.getByTestId('product-sku').fill('oat-1l')
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('product-form-error-code')).toHaveText('CONFLICT')
  await expect(page.getByTestId('product-form-error-sentence')).toContainText('OAT-1L')

  expect(await snapshotDatabase(till)).toEqual(before)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('product-form')).toBeHidden()
  await expect(page.getByTestId('product-row')).toHaveCount(1)
})

test('a pasted name over the limit is kept whole and refused in words; a long emoji name within it is saved whole', async ({ page, till, capture }) => {
  await page.goto('/#/products')
  const before = await snapshotDatabase(till)
  await page.getByTestId('products-new').click()
  const long = 'Handmade sourdough loaf with seeds '.repeat(7).trim()
  expect([...long].length).toBeGreaterThan(200)
  await page.getByTestId('product-name').fill(long)
  // Nothing cut: the field keeps every character and says what is wrong, before any save.
  await expect(page.getByTestId('product-name')).toHaveValue(long)
  await expect(page.getByTestId('product-name-error')).toHaveText(`The name is ${[...long].length} characters long; a name holds at most 200. Shorten it.`)
  await page.getByTestId('product-sku').fill('LOAF-1')
  await page.getByTestId('product-price').fill('4.20')
  for (const [width, height] of [
    [800, 600],
    [1280, 800]
  ] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `products-name-too-long-${width}x${height}`)
  }
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('product-name-error')).toHaveText(`The name is ${[...long].length} characters long; a name holds at most 200. Shorten it.`)
  expect(await snapshotDatabase(till)).toEqual(before)

  // 195 emoji ZWJ sequences and " Café" are 200 characters as a reader counts them, but 590 code
  // points and 980 UTF-16 units: a maxLength cut them mid-sequence, a code-point limit refused them.
  const emoji = `${'👩\u200d💻'.repeat(195)} Café`
  await page.getByTestId('product-name').fill(emoji)
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('product-form')).toBeHidden()
  const [saved] = await till.ok('catalog.search', { text: 'LOAF-1' })
  expect(saved?.productName).toBe(emoji)
  await expect(page.getByTestId('product-row-name')).toHaveText([emoji])
  for (const [width, height] of [
    [800, 600],
    [1280, 800]
  ] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `products-emoji-name-${width}x${height}`)
  }
})

test('a category or option longer than the catalog takes is kept whole and said beside its field; characters are counted as a reader sees them', async ({
  page,
  till,
  capture
}) => {
  await page.goto('/#/products')
  const before = await snapshotDatabase(till)
  await page.getByTestId('products-new').click()
  await page.getByTestId('product-name').fill('Cotton Tee')
  await page.getByTestId('product-tax-rate').fill('20')
  await page.getByTestId('product-sku').fill('TEE')
  await page.getByTestId('product-price').fill('15')
  // 81 flags are 81 characters, 162 code points: one over a category's 80, and nothing is cut.
  const flags = '🇩🇪'.repeat(81)
  await page.getByTestId('product-category').fill(flags)
  await expect(page.getByTestId('product-category')).toHaveValue(flags)
  await expect(page.getByTestId('product-category-error')).toHaveText('The category is 81 characters long; a category holds at most 80. Shorten it.')
  await page.getByTestId('product-has-options').check()
  const optionName = 'Size of the sleeve as the maker labels it'
  expect(optionName.length).toBe(41)
  await page.getByTestId('option-name-0').fill(optionName)
  await expect(page.getByTestId('option-name-0')).toHaveValue(optionName)
  await expect(page.getByTestId('option-name-0-error')).toHaveText('The option name is 41 characters long; an option name holds at most 40. Shorten it.')
  const longValue = 'Extra large with room to grow and cut long in the body for tall people'
  await page.getByTestId('option-values-0').fill(`M, ${longValue}`)
  await expect(page.getByTestId('option-values-0-error')).toHaveText(
    `“${longValue}” is ${longValue.length} characters long; a value holds at most 60. Shorten it.`
  )
  for (const [width, height] of [
    [800, 600],
    [1280, 800]
  ] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `products-fields-too-long-${width}x${height}`)
  }
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('product-form-error')).toBeVisible()
  expect(await snapshotDatabase(till)).toEqual(before)

  // Within the limits as a reader counts: 80 flags (160 code points), a 40-character option name of emoji.
  await page.getByTestId('product-category').fill('🇩🇪'.repeat(80))
  await page.getByTestId('option-name-0').fill('👍🏽'.repeat(40))
  await page.getByTestId('option-values-0').fill('M, L')
  // The field's own counts are gone (the refused save's words stay until the next save).
  await expect(page.getByTestId('product-category-error')).not.toContainText('characters long')
  await expect(page.getByTestId('option-name-0-error')).not.toContainText('characters long')
  await expect(page.getByTestId('variant-0-sku')).toHaveValue('TEE-M')
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('product-form')).toBeHidden()
  const [tee] = await till.ok('catalog.search', { text: 'TEE-M' })
  const product = await till.ok('catalog.getProduct', { id: tee?.productId ?? 0 })
  expect(product).toMatchObject({ category: '🇩🇪'.repeat(80), options: [{ name: '👍🏽'.repeat(40), values: ['M', 'L'] }] })
})

test('a product with options gets one editable variant per combination', async ({ page, till, capture }) => {
  await page.goto('/#/products')
  await page.getByTestId('products-new').click()
  await page.getByTestId('product-name').fill('Cotton Tee')
  await page.getByTestId('product-tax-rate').fill('20')
  await page.getByTestId('product-sku').fill('TEE')
  await page.getByTestId('product-price').fill('15')
  await page.getByTestId('product-has-options').check()
  await page.getByTestId('option-name-0').fill('Size')
  await page.getByTestId('option-values-0').fill('S, M')
  await page.getByTestId('option-add').click()
  await page.getByTestId('option-name-1').fill('Colour')
  await page.getByTestId('option-values-1').fill('Red, Blue')
  await expect(page.getByTestId('variant-editor').locator('tbody tr')).toHaveCount(4)
  await expect(page.getByTestId('variant-0-sku')).toHaveValue('TEE-S-RED')
  await page.getByTestId('variant-3-price').fill('17.50')
  await page.getByTestId('variant-3-stock').fill('4')
  await capture(page, 'products-variants')
  await page.getByTestId('product-form-save').click()
  await expect(page.getByTestId('toast')).toHaveText('Cotton Tee created')

  const detail = page.getByTestId('product-detail')
  await expect(detail.getByTestId('variant-row')).toHaveCount(4)
  await expect(detail.getByTestId('variant-price')).toHaveText(['$15.00', '$15.00', '$15.00', '$17.50'])
  const [found] = await till.ok('catalog.search', { text: 'TEE-M-BLUE' })
  expect(found).toMatchObject({ label: 'M / Blue', price: 1750, stock: 4 })

  await detail.getByTestId('product-options').click()
  await page.getByTestId('option-values-0').fill('S, M, L')
  await page.getByTestId('options-form-price').fill('16')
  await expect(page.getByTestId('options-form-preview')).toHaveText('New variants: L / Red, L / Blue.')
  await page.getByTestId('options-form-save').click()
  await expect(detail.getByTestId('variant-row')).toHaveCount(6)
  const [large] = await till.ok('catalog.search', { text: 'TEE-L-RED' })
  expect(large).toMatchObject({ label: 'L / Red', price: 1600, stock: 0 })
})

test('changes made elsewhere show in the list and the panel at once, without a reload', async ({ page, till }) => {
  const product = await addProduct(till, 'Oat Milk 1 L', { sku: 'OAT-1L', price: 249, stock: 12 })
  await page.goto('/#/products')
  await page.getByTestId('product-row').click()
  await expect(page.getByTestId('variant-stock')).toHaveText('12')

  await till.ok('stock.adjust', { variantId: product.variants[0]?.id as number, delta: 5, reason: 'received' })
  await expect(page.getByTestId('variant-stock')).toHaveText('17')
  await expect(page.getByTestId('product-row-stock')).toHaveText('17')

  await addProduct(till, 'Almond Croissant', { sku: 'ALM-CRO' })
  await expect(page.getByTestId('product-row-name')).toHaveText(['Almond Croissant', 'Oat Milk 1 L'])
  await till.ok('catalog.updateProduct', { id: product.id, name: 'Zesty Oat Milk' })
  await expect(page.getByTestId('product-row-name')).toHaveText(['Almond Croissant', 'Zesty Oat Milk'])
  await expect(page.getByTestId('product-detail-name')).toHaveText('Zesty Oat Milk')
  await till.ok('catalog.archiveProduct', { id: product.id })
  await expect(page.getByTestId('product-row-name')).toHaveText(['Almond Croissant'])
})

test('search finds products by name, SKU or barcode', async ({ page, till, capture }) => {
  await setUpShop(till, { sample: true })
  await page.goto('/#/products')
  await expect(page.getByTestId('product-row').first()).toBeVisible()
  await page.keyboard.press('F2')
  await expect(page.getByTestId('products-search')).toBeFocused()
  await page.keyboard.type('colomb')
  await expect(page.getByTestId('product-row-name')).toHaveText(['Colombian Single Origin'])
  await page.getByTestId('products-search').fill('5060712340011')
  await expect(page.getByTestId('product-row-name')).toHaveText(['House Blend Coffee Beans'])
  await page.getByTestId('products-search').fill('no such thing')
  await expect(page.getByTestId('product-list-empty')).toContainText('No product matches')

  // An archived product is found in the Archived view (to restore it), never in the products on sale.
  const [colombian] = await till.ok('catalog.search', { text: 'colomb' })
  await till.ok('catalog.archiveProduct', { id: colombian!.productId })
  await page.getByTestId('products-search').fill('colomb')
  await expect(page.getByTestId('product-list-empty')).toContainText('No product matches')
  await page.getByTestId('products-view-archived').click()
  await expect(page.getByTestId('product-row-name')).toHaveText(['Colombian Single Origin'])
  await page.getByTestId('products-search').fill(colombian!.sku)
  await expect(page.getByTestId('product-row-name')).toHaveText(['Colombian Single Origin'])
  await capture(page, 'products-archived-search')
})

test('a long catalog loads page by page as it scrolls, drawing only the rows in view', async ({ page, till }) => {
  const rows = Array.from({ length: 260 }, (_, index) => `Item ${String(index + 1).padStart(3, '0')},ITEM-${index + 1},1.00,5`)
  await till.ok('catalog.importCsv', { csv: ['name,sku,price,stock', ...rows].join('\n'), mode: 'all-or-nothing', dryRun: false })
  await page.goto('/#/products')
  const list = page.getByTestId('product-list')
  await expect(list.getByTestId('product-row-name').first()).toHaveText('Item 001')
  expect(await list.getByTestId('product-row').count()).toBeLessThan(40)
  await list.getByTestId('product-row').first().focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('product-detail-name')).toHaveText('Item 002')

  const scroller = list.locator('.vtable__scroller')
  await expect(async () => {
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight))
    await expect(list.getByTestId('product-row-name').last()).toHaveText('Item 260', { timeout: 500 })
  }).toPass()
  expect(await list.getByTestId('product-row').count()).toBeLessThan(40)
  await expect(list).toHaveAttribute('aria-rowcount', '261')
})
