import { expectAccessible } from './support/a11y'
import { expect, test } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))
// Two axe runs on top of the journey: slow on a loaded machine.
test.slow()

/**
 * Issue 13 (weighed items): a product sold by the kg has its stock typed in kg in Stock adjust
 * (a loss, then a count of the shelf), and Products and the low-stock list on Stats show it in kg.
 * The stored figures are thousandths of a kg.
 */
for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
]) {
  test(`a weighed product's stock is adjusted and shown in kg at ${size.width}x${size.height}`, async ({ page, till, capture }) => {
    await page.setViewportSize(size)
    const cheddar = await addProduct(till, 'Cheddar', { sku: 'CHEDDAR', price: 1890, stock: 12_500, lowStockThreshold: 5_000 }, { soldBy: 'kg' })
    await addProduct(till, 'Blue Mug', { sku: 'MUG', stock: 10, lowStockThreshold: 2 })
    const variantId = cheddar.variants[0]!.id
    await page.goto('/#/products')
    const cheddarRow = page.getByTestId('product-row').filter({ hasText: 'Cheddar' })
    await expect(cheddarRow.getByTestId('product-row-stock')).toHaveText('12.5 kg')

    await cheddarRow.click()
    const detail = page.getByTestId('product-detail')
    await expect(detail.getByTestId('variant-stock')).toHaveText('12.5 kg')
    await detail.getByTestId('variant-adjust-stock').click()
    await expect(page.getByTestId('stock-form-current')).toHaveText('12.5 kg')
    await page.getByTestId('stock-form-reason-damaged').check()
    await expect(page.getByLabel('kg damaged')).toBeVisible()
    await page.getByTestId('stock-form-quantity').fill('8.25')
    await expect(page.getByTestId('stock-form-after')).toContainText('4.25 kg')
    await capture(page, `stock-weighed-adjust-${size.width}`)
    await expectAccessible(page, 'Stock adjust of a weighed product')
    await page.getByTestId('stock-form-save').click()
    await expect(page.getByTestId('toast').last()).toHaveText('Cheddar: stock is now 4.25 kg')
    await expect(detail.getByTestId('variant-stock')).toHaveText('4.25 kg')
    const [loss] = await till.ok('stock.movements', { variantId })
    expect(loss).toMatchObject({ delta: -8_250, stockAfter: 4_250, reason: 'damaged' })

    // A count of the shelf: the weight typed is what is there, the change is worked out in grams.
    await detail.getByTestId('variant-adjust-stock').click()
    await page.getByTestId('stock-form-reason-count').check()
    await expect(page.getByLabel('kg weighed on the shelf')).toBeVisible()
    await expect(page.getByTestId('stock-history').locator('li').first()).toContainText('-8.25 kg')
    await page.getByTestId('stock-form-quantity').fill('4')
    await expect(page.getByTestId('stock-form-after')).toContainText('4 kg')
    await page.getByTestId('stock-form-save').click()
    await expect(page.getByTestId('toast').last()).toHaveText('Cheddar: stock is now 4 kg')
    await expect(page.getByTestId('stock-form')).toBeHidden()
    await expect(detail.getByTestId('variant-stock')).toHaveText('4 kg')
    const [count] = await till.ok('stock.movements', { variantId })
    expect(count).toMatchObject({ delta: -250, stockAfter: 4_000, reason: 'count' })

    // On a narrow window the product stands in the list's place: go back to the list.
    if (await detail.getByTestId('product-detail-back').isVisible()) await detail.getByTestId('product-detail-back').click()
    await expect(cheddarRow.getByTestId('product-row-stock')).toHaveText('4 kg')
    // The Low badge and the weight fit the column: nothing cut to "4 kg…".
    expect(
      await cheddarRow
        .getByTestId('product-row-stock')
        .evaluate((element) => element.closest('.product-stock')!.parentElement!.scrollWidth <= element.closest('.product-stock')!.parentElement!.clientWidth)
    ).toBe(true)
    await capture(page, `stock-weighed-products-${size.width}`)

    await page.goto('/#/stats')
    const low = page.getByTestId(`stats-low-${variantId}`)
    await expect(low).toContainText('Cheddar')
    await expect(page.getByTestId(`stats-low-${variantId}-stock`)).toHaveText('4 kg')
    await expect(low.locator('td').last()).toHaveText('5 kg')
    await expect(page.getByTestId('stats-low-stock')).not.toContainText('Blue Mug')
    await page.getByTestId('stats-low-stock').scrollIntoViewIfNeeded()
    await capture(page, `stock-weighed-low-stock-${size.width}`)
    await expectAccessible(page, 'Stats with a weighed product low')
  })
}
