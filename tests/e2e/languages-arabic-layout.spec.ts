import { expect, test } from './support/fixtures'
import { placeOrder, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'
import { expectAllInReach } from './support/viewport'

const ARABIC_SHOP = 'بقالة الزاوية الكبرى للمواد الغذائية'

test.beforeEach(async ({ till }) =>
  setUpShop(till, { settings: { currency: 'SAR', locale: 'ar-SA', timeZone: 'Asia/Riyadh', shopName: ARABIC_SHOP, receiptLanguage: 'ar' } })
)

/** Whether a shown text runs past its own box (an ellipsis or a clip cuts it). */
async function cutText(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
        .map((element) => element.textContent ?? '')
    )
}

test('the Arabic shop name is whole in the nav and on the receipt preview, at 800x600 and 1280x800', async ({ page, till, capture }) => {
  const [beans] = await stockShelves(till)
  const order = await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
  await till.ok('settings.updateTill', { screenLanguage: 'ar' })
  for (const size of [
    { width: 800, height: 600 },
    { width: 1280, height: 800 }
  ]) {
    await page.setViewportSize(size)
    await page.goto('/#/sell')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByTestId('shop-name')).toHaveText(ARABIC_SHOP)
    expect(await cutText(page, '[data-testid="shop-name"]')).toEqual([])
    await capture(page, `languages-ar-shop-name-sell-${size.width}`)

    await page.goto('/#/orders')
    await page.getByTestId('order-row').filter({ hasText: order.number }).click()
    await page.getByTestId('order-print-preview').click()
    const frame = page.frameLocator('[data-testid="print-preview-frame"]')
    await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(frame.locator('body')).toContainText(ARABIC_SHOP)
    await capture(page, `languages-ar-shop-name-receipt-${size.width}`)
    await page.keyboard.press('Escape')
  }
})

/** What each screen shows once its data is in. */
const SHOWN = { sell: 'sell-screen', orders: 'order-row', stats: 'stats-revenue-value' } as const

test('Sell, Orders and Stats in Arabic at 800x600: right to left, nothing out of reach', async ({ page, till, capture }) => {
  const [beans, milk] = await stockShelves(till)
  await placeOrder(till, [{ variantId: beans!.variantId, quantity: 2 }])
  await placeOrder(till, [{ variantId: milk!.variantId, quantity: 1 }], { kind: 'pickup', customer: 'فاطمة الزهراء' })
  await till.ok('settings.updateTill', { screenLanguage: 'ar' })
  await page.setViewportSize({ width: 800, height: 600 })
  await page.goto('/#/sell')
  // The search's long Arabic placeholder stops before the F2 chip at the input's end (its left).
  const search = page.getByTestId('sell-search')
  const room = await search.evaluate((input) => {
    const chip = input.parentElement?.querySelector('.kbd-group')?.getBoundingClientRect()
    const box = input.getBoundingClientRect()
    return chip ? box.left + Number.parseFloat(getComputedStyle(input).paddingLeft) - chip.right : -1
  })
  expect(room, 'the search text runs under the F2 chip').toBeGreaterThanOrEqual(0)
  for (const screen of ['sell', 'orders', 'stats'] as const) {
    await page.goto(`/#/${screen}`)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByTestId('opening')).toHaveCount(0)
    await expect(page.getByTestId(SHOWN[screen]).first()).toBeVisible()
    await expectAllInReach(page, `${screen} in Arabic at 800x600`)
    await capture(page, `languages-ar-${screen}-800`)
  }
  // Every total is whole in the list (a sum in Arabic digits with "ر.س." is wider than in Latin ones).
  await page.goto('/#/orders')
  expect(await cutText(page, '[data-testid="order-row-total"]')).toEqual([])
  await page.getByTestId('order-row').first().click()
  await expectAllInReach(page, 'an open order in Arabic at 800x600')
  await capture(page, 'languages-ar-order-open-800')
})
