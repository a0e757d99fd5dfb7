import type { Page } from '@playwright/test'
import { snapshotDatabase, type TestTill } from '../support/test-till'
import { openSell, scan, stockShelves, type CounterProduct } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till, page }) => {
  await setUpShop(till)
  await page.setViewportSize({ width: 1024, height: 768 })
})

/** A sale of one bag of beans ($13.50) on screen, ready for its bad input. */
async function saleOfBeans(page: Page, till: TestTill): Promise<CounterProduct[]> {
  const products = await stockShelves(till)
  await openSell(page)
  await scan(page, products[0]!.barcode)
  await expect(page.getByTestId('cart-total')).toHaveText('$13.50')
  return products
}

test('cash handed over below what is due is refused in words, and nothing is sold', async ({ page, till, capture }) => {
  await saleOfBeans(page, till)
  const before = await snapshotDatabase(till)
  await page.keyboard.press('F4')
  await page.getByTestId('pay-payments-0-tendered').fill('10')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('pay-payments-0-tendered-error')).toHaveText('The cash handed over ($10.00) is less than the $13.50 cash due')
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  await capture(page, 'sell-refused-tendered')

  await page.getByTestId('pay-payments-0-amount').fill('12')
  await page.getByTestId('pay-payments-0-tendered').fill('')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-overall-error')).toHaveText('$1.50 is still to pay. Add a payment or change an amount.')
  expect(await snapshotDatabase(till)).toEqual(before)
})

test('a card number typed into the last-four box is refused and never sent or stored', async ({ page, till, capture }) => {
  await saleOfBeans(page, till)
  const before = await snapshotDatabase(till)
  await page.keyboard.press('F4')
  await page.keyboard.press('F7')
  await expect(page.getByTestId('pay-payments-0-reference')).toBeFocused()
  await page.getByTestId('pay-payments-0-last-four').fill('4242 4242 4242 4242')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-last-four-error')).toHaveText('Type only the last four digits of the card, never its whole number')
  await page.getByTestId('pay-payments-0-last-four').fill('42x')
  await page.getByTestId('pay-payments-0-reference').fill('4000 0012 3456 7899')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-last-four-error')).toHaveText('The last four are four digits, for example 4242')
  await expect(page.getByTestId('pay-payments-0-reference-error')).toHaveText('Never type a card number here: only the terminal reference')
  await capture(page, 'sell-refused-card-number')
  expect(await snapshotDatabase(till)).toEqual(before)
  const stored = await till.context.db.selectFrom('payments').select(['card_reference', 'card_last_four']).execute()
  expect(stored).toEqual([])
})

test('bad discounts are refused beside the field and the cart keeps its prices', async ({ page, till, capture }) => {
  await saleOfBeans(page, till)
  const before = await snapshotDatabase(till)
  const cartBefore = await till.ok('cart.current')

  await page.keyboard.press('F6')
  await page.getByTestId('discount-dialog-value').fill('150')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('discount-dialog-value-error')).toHaveText('A discount cannot be more than 100%')
  await page.getByTestId('discount-dialog-value').fill('ten')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('discount-dialog-value-error')).toHaveText('Type the discount as a percentage, for example 10 or 12.5')
  await page.getByTestId('discount-dialog-value-kind-amount').check()
  await page.getByTestId('discount-dialog-value').fill('2.555')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('discount-dialog-value-error')).toHaveText('Use at most 2 digits after the decimal mark')
  await capture(page, 'sell-refused-discount')
  await page.keyboard.press('Escape')

  await page.getByTestId('cart-line').first().locator('.cart-line__main').click()
  await page.getByTestId('line-dialog-quantity').fill('two')
  await page.getByTestId('line-dialog-discount').fill('0')
  await page.getByTestId('line-dialog-save').click()
  await expect(page.getByTestId('line-dialog-quantity-error')).toHaveText('Quantity is a whole number')
  await expect(page.getByTestId('line-dialog-discount-error')).toHaveText('A discount must be more than zero')
  await capture(page, 'sell-refused-line')
  await page.keyboard.press('Escape')

  await expect(page.getByTestId('cart-total')).toHaveText('$13.50')
  expect(await snapshotDatabase(till)).toEqual(before)
  expect((await till.ok('cart.current')).updatedAt).toBe(cartBefore.updatedAt)
})

test('refusals from the till read as sentences: not enough stock, an unknown coupon, a delivery with no address', async ({ page, till, capture }) => {
  const [, , mug] = await saleOfBeans(page, till)
  await page.getByTestId('sell-search').pressSequentially('6*', { delay: 120 })
  await scan(page, mug!.barcode)
  await expect(page.getByTestId('cart-line').filter({ hasText: mug!.name }).getByTestId('cart-line-short')).toHaveText('Only 5 in stock')
  const before = await snapshotDatabase(till)

  await page.keyboard.press('F7')
  await page.getByTestId('coupon-dialog-code').fill('summer')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('coupon-dialog-error-sentence')).toHaveText('There is no coupon SUMMER.')
  await expect(page.getByTestId('coupon-dialog-error-code')).toHaveText('COUPON_INVALID')
  await page.keyboard.press('Escape')

  await page.keyboard.press('F4')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-dialog-error-sentence')).toHaveText('Not enough stock of Enamel Mug: 5 left.')
  await expect(page.getByTestId('pay-dialog-error-code')).toHaveText('STOCK_INSUFFICIENT')
  await capture(page, 'sell-refused-stock')

  await page.getByTestId('pay-kind-delivery').check()
  await page.getByTestId('pay-dialog-complete').click()
  await expect(page.getByTestId('pay-address-error')).toHaveText('A delivery needs an address')
  expect(await snapshotDatabase(till)).toEqual(before)
  expect((await till.ok('orders.list', {})).orders).toEqual([])
})

test('a scan while a dialog is open keeps its digits out of the dialog and says what to do', async ({ page, till }) => {
  const [, milk] = await saleOfBeans(page, till)
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  await scan(page, milk!.barcode)
  await expect(page.getByTestId('toast')).toHaveText(`Scanned ${milk!.barcode}: close this window first to add it to the sale`)
  await expect(page.getByTestId('pay-payments-0-tendered')).toHaveValue('')
  await expect(page.getByTestId('pay-dialog')).toBeVisible()
  expect((await till.ok('cart.current')).lines).toHaveLength(1)
})
