import { openSell, scan, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

test('a shift day: open with a float, sell in cash and by card, pay out, read the X report, close blind with a short, preview the Z on 80 mm', async ({
  page,
  till,
  capture,
  captureAtSizes
}) => {
  const [beans, milk] = await stockShelves(till)

  await page.goto('/#/shift')
  await expect(page.getByTestId('shift-since')).toHaveText('No shift open')
  await page.getByTestId('shift-open').click()
  await page.getByTestId('open-shift-float-mode').getByText('Notes and coins').click()
  await page.getByTestId('open-shift-float-qty-5000').fill('1')
  await page.getByTestId('open-shift-float-qty-2000').fill('2')
  await page.getByTestId('open-shift-float-qty-100').fill('10')
  await expect(page.getByTestId('open-shift-float-sum')).toContainText('$100.00')
  await capture(page, 'shift-open-float')
  await page.getByTestId('open-shift-submit').click()
  await expect(page.getByTestId('shift-since')).toContainText('float $100.00')

  // Cash with change: $2.50 paid with a $10 note.
  await openSell(page)
  await scan(page, milk!.barcode)
  await expect(page.getByTestId('cart-total')).toHaveText('$2.50')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  await page.keyboard.type('10')
  await expect(page.getByTestId('pay-payments-change-amount')).toHaveText('$7.50')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sale-complete')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('cart-empty')).toBeVisible()

  // $13.50 split: $5 cash (from a $10 note), the rest by card.
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-total')).toHaveText('$13.50')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  await page.getByTestId('pay-payments-0-amount').fill('5')
  await page.keyboard.press('F9')
  await page.getByTestId('pay-payments-1-reference').fill('T-1001')
  await page.getByTestId('pay-payments-0-tendered').fill('10')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('sale-complete')).toBeVisible()
  await page.keyboard.press('Enter')

  await page.goto('/#/shift')
  await page.getByTestId('shift-paid-out').click()
  await page.getByTestId('cash-movement-amount').fill('3')
  await page.getByTestId('cash-movement-reason').fill('Milk for the staff room')
  await page.getByTestId('cash-movement-submit').click()
  await expect(page.getByTestId('cash-movement')).toBeHidden()

  await expect(page.getByTestId('x-report-figures-sales')).toHaveText('2')
  await expect(page.getByTestId('x-report-figures-cash-sales')).toHaveText('$7.50')
  await expect(page.getByTestId('x-report-figures-method-card')).toHaveText('$8.50')
  await expect(page.getByTestId('x-report-figures-paid-out')).toHaveText('-$3.00')
  await expect(page.getByTestId('x-report-figures-expected')).toHaveText('$104.50')
  await expect(page.getByTestId('x-report-figures-net')).toHaveText('$16.00')
  await captureAtSizes(page, 'shift-x-report')

  // Blind: nothing of the expected cash shows until the count is in.
  await page.getByTestId('shift-close').click()
  await expect(page.getByTestId('close-shift')).not.toContainText('104.50')
  await capture(page, 'shift-close-count')
  await page.getByTestId('close-shift-counted-total').fill('102')
  await page.getByTestId('close-shift-count').click()
  await expect(page.getByTestId('close-shift-expected')).toHaveText('$104.50')
  await expect(page.getByTestId('close-shift-counted-amount')).toHaveText('$102.00')
  await expect(page.getByTestId('close-shift-over-short')).toHaveText('-$2.50')
  // Closed and opened again, the dialog goes on from that count: a second count would be a recount.
  await page.getByTestId('close-shift-close').click()
  await expect(page.getByTestId('close-shift')).toBeHidden()
  await page.getByTestId('shift-close').click()
  await expect(page.getByTestId('close-shift-over-short')).toHaveText('-$2.50')
  await expect(page.getByTestId('close-shift-counted-amount')).toHaveText('$102.00')
  await page.getByTestId('close-shift-reason').fill('A $2.50 refund given from the drawer')
  await capture(page, 'shift-close-result')
  await page.getByTestId('close-shift-submit').click()

  await expect(page.getByTestId('z-dialog')).toBeVisible()
  await page.getByTestId('z-preview-paper').getByText('80 mm').click()
  const frame = page.frameLocator('[data-testid="z-preview-frame"]')
  await expect(page.getByTestId('z-preview-frame')).toHaveAttribute('data-paper', '80mm')
  await expect(frame.locator('body')).toContainText('Z report 1')
  await expect(frame.locator('body')).toContainText('Short')
  await expect(frame.locator('body')).toContainText('-$2.50')
  await capture(page, 'shift-z-preview-80mm')
  await page.getByTestId('z-dialog-close').click()

  await page.getByTestId('shift-view').getByText('Z reports').click()
  await expect(page.getByTestId('z-row-1-over-short')).toHaveText('-$2.50')
  await capture(page, 'shift-z-history')

  await page.goto('/#/stats')
  await expect(page.getByTestId('stats-shifts-z-1')).toContainText('-$2.50')
  await page.getByTestId('stats-shifts').scrollIntoViewIfNeeded()
  await capture(page, 'stats-shifts')

  // The till now works in shifts: the next sale asks for a new one first.
  await openSell(page)
  await scan(page, milk!.barcode)
  await page.keyboard.press('F4')
  await expect(page.getByTestId('open-shift-reason')).toBeVisible()
  await capture(page, 'shift-sell-asks-to-open')
  const z = await till.ok('shifts.zGet', { number: 1 })
  expect(z).toMatchObject({ salesCount: 2, net: 1600, overShort: -250, cash: { float: 10000, cashSales: 750, paidOut: 300, expected: 10450 } })
})
