import { expect, test } from './support/fixtures'
import { openSell, scan } from './support/counter'
import { addProduct, setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

test('a 20-line sale: every scanned line is in view when added, the count and total always shown', async ({ page, till, capture }) => {
  // Twenty-one scans, each a moment apart as at a real counter: longer than one journey's usual time.
  test.slow()
  const skus = Array.from({ length: 20 }, (_, index) => `ITEM-${String(index + 1).padStart(2, '0')}`)
  for (const [index, sku] of skus.entries()) await addProduct(till, `Counter item ${index + 1}`, { sku, price: 100 + index, stock: 50 }, { taxRateBp: 0 })
  await page.setViewportSize({ width: 1024, height: 768 })
  await openSell(page)

  for (const [index, sku] of skus.entries()) {
    await scan(page, sku)
    const line = page.locator(`[data-testid="cart-line"][data-sku="${sku}"]`)
    await expect(line).toBeInViewport({ ratio: 0.95 })
    await expect(line).toHaveAttribute('data-highlighted', 'true')
    await expect(page.getByTestId('cart-count')).toHaveText(`${index + 1} ${index === 0 ? 'line' : 'lines'} · ${index + 1} ${index === 0 ? 'item' : 'items'}`)
    await expect(page.getByTestId('cart-total')).toBeInViewport()
  }
  await capture(page, 'sell-twenty-lines')

  // The first line is long out of sight: scanning it again brings it back, highlighted.
  const first = page.locator(`[data-testid="cart-line"][data-sku="${skus[0]}"]`)
  await expect(first).not.toBeInViewport()
  await scan(page, skus[0]!)
  await expect(first).toBeInViewport({ ratio: 0.95 })
  await expect(first).toHaveAttribute('data-highlighted', 'true')
  await expect(first.getByTestId('cart-line-quantity')).toHaveValue('2')
  await expect(page.getByTestId('cart-count')).toHaveText('20 lines · 21 items')
  const expected = skus.reduce((sum, _sku, index) => sum + 100 + index, 0) + 100
  expect((await till.ok('cart.current')).totals.total).toBe(expected)
  await expect(page.getByTestId('cart-total')).toHaveText(`$${(expected / 100).toFixed(2)}`)
})
