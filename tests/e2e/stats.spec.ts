import { sellAtCounter, takePickup } from '../support/sales'
import { expect, test } from './support/fixtures'
import { addProduct, setUpShop } from './support/shop'

const HOUR = 3_600_000
const DAY = 24 * HOUR

test.beforeEach(async ({ till }) => setUpShop(till))

test('the Stats screen shows the day’s sales, follows new ones live, and answers for any range', async ({ page, till, advanceTime, capture }) => {
  const tea = await addProduct(till, 'Green Tea', { price: 450, stock: 40, cost: 200 }, { taxRateBp: 0 })
  const mug = await addProduct(till, 'Blue Mug', { price: 1200, stock: 12, lowStockThreshold: 10 }, { taxRateBp: 0 })
  const teaId = tea.variants[0]!.id
  const mugId = mug.variants[0]!.id

  // The page is open from the start, so its clock moves with the till's.
  await page.goto('/#/stats')
  // Yesterday: one sale, so the 30-day chart has two days and "Today" leaves it out.
  await sellAtCounter(till, [{ variantId: teaId, quantity: 10 }])
  await advanceTime(DAY)
  await sellAtCounter(till, [{ variantId: teaId, quantity: 2 }, { variantId: mugId }], (total) => [
    { method: 'card', amount: 1200, reference: 'AUTH 1' },
    { method: 'cash', amount: total - 1200 }
  ])
  await takePickup(till, [{ variantId: mugId }], [{ method: 'cash', amount: 1200 }])

  await expect(page.getByTestId('stats-range-label')).toHaveText('Today')
  await expect(page.getByTestId('stats-revenue-value')).toHaveText('$33.00')
  await expect(page.getByTestId('stats-orders-value')).toHaveText('2')
  await expect(page.getByTestId('stats-average-value')).toHaveText('$16.50')
  // The margin counts the tea only (2 × 4.50 sold, 2 × 2.00 cost): the mug has no cost.
  await expect(page.getByTestId('stats-margin-value')).toHaveText('$5.00')
  await expect(page.getByTestId('stats-status-delivered-count')).toHaveText('2')
  await expect(page.getByTestId('stats-status-pending-count')).toHaveText('1')
  await expect(page.getByTestId('stats-payment-cash-paid')).toHaveText('$21.00')
  await expect(page.getByTestId('stats-payment-card-paid')).toHaveText('$12.00')
  await expect(page.getByTestId('stats-top-list').locator('li').first()).toContainText('Blue Mug')
  await expect(page.getByTestId(`stats-low-${mugId}`)).toContainText('Blue Mug')
  await expect(page.getByTestId(`stats-low-${mugId}-stock`)).toHaveText('10')
  await expect(page.getByTestId('stats-by-hour').locator('.recharts-bar-rectangle')).not.toHaveCount(0)
  await expect(page.getByTestId('stats-by-day').locator('.recharts-bar-rectangle')).not.toHaveCount(0)

  // A sale made elsewhere shows up without touching the screen.
  await advanceTime(2 * HOUR)
  await sellAtCounter(till, [{ variantId: mugId, quantity: 2 }])
  await expect(page.getByTestId('stats-revenue-value')).toHaveText('$57.00')
  await expect(page.getByTestId('stats-orders-value')).toHaveText('3')
  await expect(page.getByTestId(`stats-low-${mugId}-stock`)).toHaveText('8')
  await capture(page, 'stats-today')

  await page.getByTestId('stats-range-30').click()
  await expect(page.getByTestId('stats-range-label')).toHaveText('Last 30 days')
  await expect(page.getByTestId('stats-revenue-value')).toHaveText('$102.00')
  await expect(page.getByTestId('stats-orders-value')).toHaveText('4')
  await expect(page.getByTestId('stats-margin-value')).toHaveText('$30.00')
  await page.getByTestId('stats-top-by-units').click()
  await expect(page.getByTestId('stats-top-list').locator('li').first()).toContainText('Green Tea')
  await expect(page.getByTestId('stats-top-list').locator('li').first()).toContainText('12 units')

  // A range backwards is refused on the screen before anything is asked.
  await page.getByTestId('stats-range-from').fill('2026-03-03')
  await page.getByTestId('stats-range-to').fill('2026-03-01')
  await expect(page.getByTestId('stats-range-error')).toHaveText('The last day cannot come before the first')
  await expect(page.getByTestId('stats-range-apply')).toBeDisabled()
  await page.getByTestId('stats-range-from').fill('2026-03-02')
  await page.getByTestId('stats-range-to').fill('2026-03-02')
  await page.getByTestId('stats-range-apply').click()
  await expect(page.getByTestId('stats-range-label')).toHaveText('Mar 2, 2026')
  await expect(page.getByTestId('stats-revenue-value')).toHaveText('$45.00')
  await capture(page, 'stats-range')
})
