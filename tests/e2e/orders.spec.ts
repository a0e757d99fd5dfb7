import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { sweepExpiredOrders } from '../../src/main/orders/expiry-sweep'
import type { SaveDialogRequest } from '../../src/shared/files'
import { RECEIVER_TOKEN, startTestReceiver } from '../support/sync-harness'
import { snapshotDatabase } from '../support/test-till'
import { placeOrder, stockOf, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till, page }) => {
  await setUpShop(till)
  await page.setViewportSize({ width: 1024, height: 768 })
})

async function openOrder(page: Page, number: string): Promise<void> {
  await page.goto('/#/orders')
  await page.getByTestId('order-row').filter({ hasText: number }).click()
  await expect(page.getByTestId('order-detail-number')).toHaveText(number)
}

test('a delivery moves pending → confirmed → processing → shipped → delivered, and a second window follows each step without a reload', async ({
  page,
  context,
  till,
  capture
}) => {
  const [beans, milk] = await stockShelves(till)
  const order = await placeOrder(
    till,
    [
      { variantId: beans!.variantId, quantity: 1 },
      { variantId: milk!.variantId, quantity: 2 }
    ],
    {
      kind: 'delivery',
      customer: 'Grace Hopper',
      address: '1 Navy Yard, Arlington',
      payments: (total) => [{ method: 'card', amount: total, reference: 'T-1', lastFour: '1111' }]
    }
  )
  await openOrder(page, order.number)
  await expect(page.getByTestId('order-detail-status')).toHaveText('Pending')
  await expect(page.getByTestId('order-address')).toHaveText('Deliver to: 1 Navy Yard, Arlington')
  await expect(page.getByTestId('order-action-cancel')).toBeVisible()
  await expect(page.getByTestId('order-action-return')).toBeHidden()
  await capture(page, 'orders-detail-pending')

  const other = await context.newPage()
  await other.setViewportSize({ width: 1024, height: 768 })
  await openOrder(other, order.number)
  const otherRow = other.getByTestId('order-row').filter({ hasText: order.number })

  const steps = [
    ['confirmed', 'Confirmed'],
    ['processing', 'Processing'],
    ['shipped', 'Shipped'],
    ['delivered', 'Delivered']
  ] as const
  for (const [status, label] of steps) {
    await page.getByTestId(`order-action-${status}`).click()
    await expect(page.getByTestId('order-detail-status')).toHaveText(label)
    await expect(other.getByTestId('order-detail-status')).toHaveText(label)
    await expect(otherRow.getByTestId('order-row-status')).toHaveText(label)
    await expect(other.getByTestId('order-event')).toHaveCount(steps.findIndex(([step]) => step === status) + 2)
  }
  // Delivered: the lifecycle offers only a return now, nothing forward, no cancel.
  await expect(page.getByTestId('order-action-cancel')).toBeHidden()
  await expect(page.getByTestId('order-action-return')).toBeVisible()
  await expect(page.locator('[data-testid^="order-action-"][data-testid$="ed"]')).toHaveCount(0)
  await expect(other.getByTestId('order-event').first()).toContainText('Shipped → Delivered')
  await capture(other, 'orders-detail-delivered-second-window')

  const detail = await till.ok('orders.get', { orderId: order.id })
  expect(detail.events.map((event) => event.to)).toEqual(['pending', 'confirmed', 'processing', 'shipped', 'delivered'])
})

test('cancelling an unpaid pickup puts its stock back on the shelf', async ({ page, till, capture }) => {
  const [, , mug] = await stockShelves(till)
  const order = await placeOrder(till, [{ variantId: mug!.variantId, quantity: 3 }], { kind: 'pickup', customer: 'Ada Lovelace' })
  expect(await stockOf(till, mug!.productId)).toBe(mug!.stock - 3)

  await openOrder(page, order.number)
  await page.getByTestId('order-action-cancel').click()
  await expect(page.getByTestId('cancel-dialog')).toContainText('3 items go back on the shelf.')
  await expect(page.getByTestId('cancel-dialog-refund')).toHaveText('Nothing was paid, so nothing is refunded.')
  await page.getByTestId('cancel-dialog-note').fill('Customer called: no longer needed')
  await capture(page, 'orders-cancel-dialog')
  await page.getByTestId('cancel-dialog-confirm').click()

  await expect(page.getByTestId('order-detail-status')).toHaveText('Cancelled')
  await expect(page.getByTestId('order-row').filter({ hasText: order.number }).getByTestId('order-row-status')).toHaveText('Cancelled')
  await expect(page.getByTestId('order-action-cancel')).toBeHidden()
  await expect(page.getByTestId('order-action-pay')).toBeHidden()
  await expect(page.getByTestId('order-event').first()).toContainText('Customer called: no longer needed')
  expect(await stockOf(till, mug!.productId)).toBe(mug!.stock)
})

test('a partial return: one unit back on the shelf, one damaged, the money for both refunded', async ({ page, till, capture }) => {
  const [beans, milk] = await stockShelves(till)
  const order = await placeOrder(till, [
    { variantId: beans!.variantId, quantity: 3 },
    { variantId: milk!.variantId, quantity: 4 }
  ])
  await openOrder(page, order.number)
  await page.getByTestId('order-action-return').click()
  const beansLine = page.getByTestId('return-line').filter({ hasText: beans!.name })
  const milkLine = page.getByTestId('return-line').filter({ hasText: milk!.name })

  // More than was sold is refused beside the line, and nothing is written.
  const before = await snapshotDatabase(till)
  await beansLine.getByTestId('return-line-quantity').fill('5')
  await page.getByTestId('return-dialog-confirm').click()
  await expect(beansLine.getByTestId('return-line-error')).toHaveText('Only 3 can still be returned')
  await beansLine.getByTestId('return-line-quantity').fill('')
  await page.getByTestId('return-dialog-confirm').click()
  await expect(page.getByTestId('return-dialog-nothing')).toHaveText('Type how many units of at least one item come back.')
  expect(await snapshotDatabase(till)).toEqual(before)

  await beansLine.getByTestId('return-line-quantity').fill('1')
  await milkLine.getByTestId('return-line-quantity').fill('1')
  await milkLine.getByTestId('return-line-damaged').check()
  // Paid in cash only: the whole refund goes back as cash, the only method that paid.
  await expect(page.getByTestId('refund-split-cash')).toHaveValue('16.00')
  await expect(page.getByTestId('refund-split-card')).toHaveCount(0)
  await capture(page, 'orders-return-dialog')
  await page.getByTestId('return-dialog-confirm').click()

  await expect(page.getByTestId('toast')).toHaveText('2 items returned, $16.00 refunded')
  await expect(page.getByTestId('order-detail-status')).toHaveText('Returned')
  await expect(page.getByTestId('order-detail-payment')).toHaveText('Part refunded')
  await expect(page.getByTestId('order-refunded')).toHaveText('$16.00')
  await expect(page.getByTestId('order-line-returned')).toHaveText(['1 returned', '1 returned'])
  // More units may still come back from a returned order.
  await expect(page.getByTestId('order-action-return')).toBeVisible()
  await capture(page, 'orders-detail-returned')

  expect(await stockOf(till, beans!.productId)).toBe(beans!.stock - 3 + 1)
  expect(await stockOf(till, milk!.productId)).toBe(milk!.stock - 4)
  const detail = await till.ok('orders.get', { orderId: order.id })
  expect(detail.payments.filter((payment) => payment.kind === 'refund')).toMatchObject([{ method: 'cash', amount: 1600 }])
})

test('a split sale returned: the card gets its part back, cash the rest, and a split above what cash paid is refused', async ({ page, till, capture }) => {
  const [beans, milk] = await stockShelves(till)
  const order = await placeOrder(
    till,
    [
      { variantId: beans!.variantId, quantity: 1 },
      { variantId: milk!.variantId, quantity: 1 }
    ],
    {
      payments: (total) => [
        { method: 'card', amount: total - 200, reference: 'T-9', lastFour: '1234' },
        { method: 'cash', amount: 200 }
      ]
    }
  )
  await openOrder(page, order.number)
  await page.getByTestId('order-action-return').click()
  for (const line of await page.getByTestId('return-line-all').all()) await line.click()
  const cardPart = (order.total - 200) / 100
  await expect(page.getByTestId('refund-split-card')).toHaveValue(cardPart.toFixed(2))
  await expect(page.getByTestId('refund-split-cash')).toHaveValue('2.00')
  await capture(page, 'orders-return-split-default')

  const before = await snapshotDatabase(till)
  await page.getByTestId('refund-split-card').fill((cardPart - 1).toFixed(2))
  await page.getByTestId('refund-split-cash').fill('3.00')
  await page.getByTestId('return-dialog-confirm').click()
  await expect(page.getByTestId('refund-split-error')).toHaveText('At most $2.00 can go back as Cash: that is what it paid and has not had back.')
  await capture(page, 'orders-return-split-refused')
  expect(await snapshotDatabase(till)).toEqual(before)

  // Every method gets back exactly what it paid: the only split a full return allows.
  await page.getByTestId('refund-split-cash').fill('2.00')
  await page.getByTestId('refund-split-card').fill(cardPart.toFixed(2))
  await page.getByTestId('return-dialog-confirm').click()
  await expect(page.getByTestId('order-detail-status')).toHaveText('Returned')
  const detail = await till.ok('orders.get', { orderId: order.id })
  expect(detail.payments.filter((payment) => payment.kind === 'refund')).toMatchObject([
    { method: 'card', amount: order.total - 200, cardLastFour: '1234' },
    { method: 'cash', amount: 200 }
  ])
})

test('an unpaid pickup is paid on collection by card, with change-free split and its history', async ({ page, till, capture }) => {
  const [beans] = await stockShelves(till)
  const order = await placeOrder(till, [{ variantId: beans!.variantId, quantity: 2 }], { kind: 'pickup', customer: 'Linus' })
  await openOrder(page, order.number)
  await expect(page.getByTestId('order-due')).toHaveText('$27.00')
  await page.keyboard.press('F7')
  await expect(page.getByTestId('take-payment-due')).toHaveText('$27.00')

  const before = await snapshotDatabase(till)
  await page.getByTestId('take-payment-payments-0-amount').fill('30')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('take-payment-payments-overall-error')).toHaveText(
    'The payments come to $3.00 more than the $27.00 due. Give change on cash instead.'
  )
  expect(await snapshotDatabase(till)).toEqual(before)

  await page.getByTestId('take-payment-payments-0-amount').fill('27')
  await page.keyboard.press('F7')
  await page.getByTestId('take-payment-payments-0-reference').fill('AUTH 5521')
  await page.getByTestId('take-payment-payments-0-last-four').fill('0005')
  await capture(page, 'orders-take-payment')
  await page.keyboard.press('F4')
  await expect(page.getByTestId('take-payment-dialog')).toBeHidden()
  await expect(page.getByTestId('order-detail-payment')).toHaveText('Paid')
  await expect(page.getByTestId('order-action-pay')).toBeHidden()
  await expect(page.getByTestId('order-payment')).toContainText('card •••• 0005')
  await expect(page.getByTestId('order-event').first()).toContainText('Payment taken')
})

test('"Sell again" fills the cart at today\'s prices and says which products are no longer sold', async ({ page, till }) => {
  const [beans, , mug] = await stockShelves(till)
  const order = await placeOrder(till, [
    { variantId: beans!.variantId, quantity: 2 },
    { variantId: mug!.variantId, quantity: 1 }
  ])
  await till.ok('catalog.archiveProduct', { id: mug!.productId })
  await openOrder(page, order.number)
  await page.getByTestId('order-action-reorder').click()
  await expect(page.getByTestId('sell-screen')).toBeVisible()
  await expect(page.getByTestId('cart-notice')).toHaveText(`From order ${order.number}: left out because no longer sold: Enamel Mug.Dismiss`)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await expect(page.getByTestId('cart-line-quantity')).toHaveValue('2')

  // A second reorder while that sale is open is refused in words.
  await page.goto('/#/orders')
  await page.getByTestId('order-row').filter({ hasText: order.number }).click()
  await page.getByTestId('order-action-reorder').click()
  await expect(page.getByTestId('order-action-error-sentence')).toHaveText('Park or discard the sale in progress before reordering.')
})

test('the filtered list exports to CSV with a progress dialog, and the file holds exactly those orders', async ({ page, till, capture }) => {
  const [beans, milk] = await stockShelves(till)
  const first = await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
  await placeOrder(till, [{ variantId: milk!.variantId, quantity: 1 }], { kind: 'pickup', customer: 'Pat' })
  const third = await placeOrder(till, [{ variantId: milk!.variantId, quantity: 3 }])
  const path = join(till.dir, 'orders export.csv')
  const asked: SaveDialogRequest[] = []
  till.services.savePaths.use(async (request) => {
    asked.push(request)
    return path
  })

  await page.goto('/#/orders')
  await expect(page.getByTestId('order-row')).toHaveCount(3)
  await page.getByTestId('orders-filter-kind').selectOption('counter')
  await expect(page.getByTestId('order-row')).toHaveCount(2)
  await page.keyboard.press('Control+E')
  await expect(page.getByTestId('export-dialog-done')).toHaveText('Done: 2 orders written to the file.')
  await expect(page.getByTestId('export-dialog-path')).toHaveText(path)
  await capture(page, 'orders-export-done')
  expect(asked).toEqual([{ title: 'Export orders', suggestedName: 'orders-2026-03-02.csv', kind: 'csv' }])

  // The export starts with a BOM so Excel reads it as UTF-8.
  const rows = parse<Record<string, string>>(readFileSync(path, 'utf8'), { columns: true, bom: true })
  expect(rows.map((row) => [row.number, row.kind, row.status, row.total, row.paid])).toEqual([
    [third.number, 'counter', 'delivered', '7.50', '7.50'],
    [first.number, 'counter', 'delivered', '13.50', '13.50']
  ])
  await page.getByTestId('export-dialog-dismiss').click()
  await expect(page.getByTestId('export-dialog')).toBeHidden()
})

test('exporting in a plain browser, where no save dialog exists, says so in words', async ({ page, till }) => {
  const [beans] = await stockShelves(till)
  await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
  await page.goto('/#/orders')
  await page.getByTestId('orders-export').click()
  await expect(page.getByTestId('orders-export-error-sentence')).toHaveText('Choosing where to save a file works only in the Tillpoint app window.')
})

test('filters, search and changes made elsewhere (a sale, the expiry sweep) show at once', async ({ page, till, advanceTime, capture }) => {
  const [beans, milk, mug] = await stockShelves(till)
  const pickup = await placeOrder(till, [{ variantId: mug!.variantId, quantity: 1 }], { kind: 'pickup', customer: 'Margaret Hamilton' })
  await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
  await page.goto('/#/orders')
  await expect(page.getByTestId('order-row')).toHaveCount(2)

  await page.getByTestId('orders-search').fill('hamilton')
  await expect(page.getByTestId('order-row')).toHaveCount(1)
  await expect(page.getByTestId('order-row-number')).toHaveText(pickup.number)
  await page.getByTestId('orders-filter-clear').click()
  await page.getByTestId('orders-filter-status').selectOption('pending')
  await expect(page.getByTestId('order-row')).toHaveCount(1)
  await page.getByTestId('orders-filter-status').selectOption('')
  await page.getByTestId('orders-filter-from').fill('2026-03-03')
  await expect(page.getByTestId('order-list-empty')).toHaveText('No order matches these filters.')
  await page.getByTestId('orders-filter-from').fill('2026-03-02')
  await expect(page.getByTestId('order-row')).toHaveCount(2)

  // A sale rung up in another window appears at the top.
  const sale = await placeOrder(till, [{ variantId: milk!.variantId, quantity: 1 }])
  await expect(page.getByTestId('order-row').first().getByTestId('order-row-number')).toHaveText(sale.number)

  // The unpaid pickup outlives the hold time: the sweep cancels it and the list says so.
  await page.getByTestId('order-row').filter({ hasText: pickup.number }).click()
  await advanceTime(61 * 60_000)
  expect(await sweepExpiredOrders(till.context)).toEqual([pickup.id])
  const row = page.getByTestId('order-row').filter({ hasText: pickup.number })
  await expect(row.getByTestId('order-row-status')).toHaveText('Cancelled')
  await expect(page.getByTestId('order-detail-status')).toHaveText('Cancelled')
  await expect(page.getByTestId('order-event').first()).toContainText('Expired')
  await capture(page, 'orders-list')
})

test('with sync on, the open order says whether head office has it yet, and updates when it is sent', async ({ page, till }) => {
  const receiver = await startTestReceiver('sqlite')
  try {
    await receiver.stop()
    const [beans] = await stockShelves(till)
    await till.ok('sync.configure', { enabled: true, url: receiver.url, token: RECEIVER_TOKEN })
    const order = await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
    await openOrder(page, order.number)
    await expect(page.getByTestId('order-sync-state')).toHaveText('Sync waiting')
    await receiver.restart()
    await till.ok('sync.now')
    await expect(page.getByTestId('order-sync-state')).toHaveText('Synced')
  } finally {
    await receiver.close()
  }
})
