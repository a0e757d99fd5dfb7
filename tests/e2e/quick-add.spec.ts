import { snapshotDatabase } from '../support/test-till'
import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

test('an unknown barcode becomes a product on the spot: saved to the catalog under that code and sold', async ({ page, till, capture }) => {
  await stockShelves(till)
  await openSell(page)
  await scan(page, '5012345678900')
  await expect(page.getByTestId('sell-unknown-code')).toContainText('No product has the code 5012345678900.')
  await page.getByTestId('sell-unknown-add').click()
  const form = page.getByTestId('quick-add')
  await expect(form).toBeVisible()
  await expect(page.getByTestId('quick-add-name')).toBeFocused()

  // Nothing typed: refused beside the fields, nothing written.
  const before = await snapshotDatabase(till)
  await page.getByTestId('quick-add-save').click()
  await expect(page.getByTestId('quick-add-name-error')).toHaveText('A product needs a name')
  await expect(page.getByTestId('quick-add-price-error')).toBeVisible()
  expect(await snapshotDatabase(till)).toEqual(before)

  await page.getByTestId('quick-add-name').fill('Ginger Beer 330 ml')
  await page.getByTestId('quick-add-price').fill('1.80')
  await page.getByTestId('quick-add-tax').fill('20')
  await page.getByTestId('quick-add-stock').fill('24')
  await capture(page, 'sell-quick-add')
  await page.getByTestId('quick-add-save').click()
  await expect(form).toBeHidden()
  await expect(page.getByTestId('sell-last-action')).toHaveText('Ginger Beer 330 ml added to the catalog and the sale')
  const line = page.locator('[data-testid="cart-line"][data-sku="5012345678900"]')
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await expect(line.getByTestId('cart-line-name')).toHaveText('Ginger Beer 330 ml')

  const found = await till.ok('catalog.findByBarcode', { code: '5012345678900' })
  const product = await till.ok('catalog.getProduct', { id: found.productId })
  expect(product).toMatchObject({
    name: 'Ginger Beer 330 ml',
    taxRateBp: 2000,
    variants: [{ sku: '5012345678900', barcode: '5012345678900', price: 180, stock: 24 }]
  })

  // The next scan of the code simply sells it.
  await expect(page.getByTestId('sell-search')).toBeFocused()
  await scan(page, '5012345678900')
  await expect(line.getByTestId('cart-line-quantity')).toHaveValue('2')
})
