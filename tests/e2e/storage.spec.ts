import { expect, test } from './support/fixtures'
import { openSell, stockShelves } from './support/counter'
import { cartWith } from '../support/sales'
import { setUpShop } from './support/shop'

test('a full disk: the banner says so in words on every screen, stays while the disk is full, and goes once there is room', async ({
  page,
  till,
  captureAtSizes
}) => {
  await setUpShop(till)
  const [beans] = await stockShelves(till)
  await openSell(page)
  await expect(page.getByTestId('storage-banner')).toHaveCount(0)
  // the database may not grow by a single page: SQLite's own full-disk error on the next sale that needs one
  till.sqlite.pragma(`max_page_count = ${till.sqlite.pragma('page_count', { simple: true }) as number}`)
  let refused = false
  for (let sale = 0; sale < 200 && !refused; sale += 1) {
    const cart = await cartWith(till, [{ variantId: beans!.variantId }])
    const answer = await till.call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
    refused = !answer.ok && answer.error.code === 'STORAGE_FULL'
  }
  expect(refused).toBe(true)
  const banner = page.getByTestId('storage-banner')
  await expect(banner).toHaveAttribute('data-code', 'STORAGE_FULL')
  await expect(banner).toContainText('The disk is full.')
  await captureAtSizes(page, 'storage-full-banner')
  await page.goto('/#/orders')
  await expect(banner).toHaveAttribute('data-code', 'STORAGE_FULL')
  await till.services.storage.recheck()
  await expect(banner).toHaveAttribute('data-code', 'STORAGE_FULL')

  till.sqlite.pragma('max_page_count = 1073741823')
  await till.services.storage.recheck()
  await expect(banner).toHaveCount(0)
})
