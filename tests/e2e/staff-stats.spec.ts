import { placeOrder, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'
import { TEST_OWNER_PIN } from '../support/test-till'

const CASHIER_PIN = '4826'
/** A window no page uses: the cashier's own till session, driven through the API. */
const CASHIER_WINDOW = 90

test('Stats lists sales, refunds and net per staff member for the chosen range', async ({ page, till, captureAtSizes }) => {
  await setUpShop(till)
  const [beans, milk] = await stockShelves(till)
  const cashierId = await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)
  const cashier = till.window(CASHIER_WINDOW)
  await cashier.unlock(cashierId, CASHIER_PIN)
  const owners = await placeOrder(till, [{ variantId: milk!.variantId, quantity: 2 }])
  await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
  let cart = await cashier.ok('cart.current')
  cart = await cashier.ok('cart.addLine', { cartId: cart.id, variantId: beans!.variantId, quantity: 3 })
  const cashiers = await cashier.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
  // The owner takes one of the milk back: a refund and a lower net for the owner, none for the cashier.
  await till.ok('orders.return', { orderId: owners.id, lines: [{ orderLineId: owners.lines[0]!.id, quantity: 1, damaged: false }] })
  const overview = await till.ok('stats.overview', {})

  await page.goto('/#/stats')
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await page.getByTestId('lock-staff').filter({ hasText: 'Olive Owner' }).click()
  await page.keyboard.type(TEST_OWNER_PIN)
  await page.keyboard.press('Enter')
  const ownerRow = page.getByTestId('stats-staff-owner')
  const cashierRow = page.getByTestId(`stats-staff-${cashierId}`)
  await expect(ownerRow).toContainText('Olive Owner')
  await expect(cashierRow).toContainText('Cara Cashier')
  await expect(ownerRow.getByTestId('stats-staff-sales')).toHaveText('2')
  await expect(cashierRow.getByTestId('stats-staff-sales')).toHaveText('1')
  const money = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: overview.currency }).format(amount / 100)
  await expect(cashierRow.getByTestId('stats-staff-gross')).toHaveText(money(cashiers.total))
  await expect(cashierRow.getByTestId('stats-staff-refunds')).toHaveText(money(0))
  const milkUnit = owners.lines[0]!.total / 2
  await expect(ownerRow.getByTestId('stats-staff-refunds')).toHaveText(money(milkUnit))
  await expect(ownerRow.getByTestId('stats-staff-net')).toHaveText(money(overview.summary.revenue - cashiers.total - milkUnit))
  await captureAtSizes(page, 'stats-staff', async () => {
    await page.getByTestId('stats-staff').scrollIntoViewIfNeeded()
  })

  // A range without these days lists no one.
  await page.getByTestId('stats-range-from').fill('2025-01-01')
  await page.getByTestId('stats-range-to').fill('2025-01-31')
  await page.getByTestId('stats-range-apply').click()
  await expect(page.getByTestId('stats-staff')).toContainText('No sales, payments or returns by anyone in this range.')
})
