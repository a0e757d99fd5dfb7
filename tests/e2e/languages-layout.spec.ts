import { expect, test } from './support/fixtures'
import { placeOrder, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'
import { expectAllInReach, expectNotCut } from './support/viewport'

test.beforeEach(async ({ till }) => setUpShop(till, { settings: { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin' } }))

/** What the Orders list says in each language: its column headers and a paid counter sale's badges. */
const ORDERS_WORDS = {
  en: { headers: ['Order', 'Customer', 'Status', 'Total'], status: 'Delivered', card: 'card •••• 4242 · ref T-88213' },
  de: { headers: ['Bestellung', 'Kunde', 'Status', 'Gesamt'], status: 'Zugestellt', card: 'Karte •••• 4242 · Ref. T-88213' },
  ar: { headers: ['الطلب', 'العميل', 'الحالة', 'الإجمالي'], status: 'تم التسليم', card: 'بطاقة •••• 4242 · مرجع T-88213' }
} as const

test('the Orders list headers, badges and the open order follow a language switch made while they are shown', async ({ page, till }) => {
  const [beans] = await stockShelves(till)
  const order = await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }], {
    payments: (total) => [{ method: 'card', amount: total, lastFour: '4242', reference: 'T-88213' }]
  })
  await page.goto('/#/orders')
  const list = page.getByTestId('order-list')
  await expect(list.getByRole('columnheader')).toHaveText(ORDERS_WORDS.en.headers)
  for (const language of ['de', 'ar', 'en'] as const) {
    // No reload: the till's setting changes and the open list must re-render in the new words.
    await till.ok('settings.updateTill', { screenLanguage: language })
    await expect(list.getByRole('columnheader')).toHaveText(ORDERS_WORDS[language].headers)
    await expect(list.getByTestId('order-row-status')).toHaveText(ORDERS_WORDS[language].status)
  }
  await page.getByTestId('order-row').filter({ hasText: order.number }).click()
  for (const language of ['de', 'ar'] as const) {
    await till.ok('settings.updateTill', { screenLanguage: language })
    // Compact beside the open order: three headers, still in the language just chosen.
    await expect(list.getByRole('columnheader')).toHaveCount(3)
    await expect(list.getByRole('columnheader').first()).toHaveText(ORDERS_WORDS[language].headers[0])
    // Whole phrases, the dots between them: no catalog phrase starts with a separator.
    await expect(page.getByTestId('order-payment')).toContainText(ORDERS_WORDS[language].card)
  }
})

test('the nav rail at 800x600 shows every screen’s whole name in each language, the status at its foot too', async ({ page, till, capture }) => {
  await page.setViewportSize({ width: 800, height: 600 })
  for (const [language, dir] of [
    ['de', 'ltr'],
    ['fr', 'ltr'],
    ['es', 'ltr'],
    ['ar', 'rtl']
  ] as const) {
    await till.ok('settings.updateTill', { screenLanguage: language })
    await page.goto('/#/orders')
    await expect(page.locator('html')).toHaveAttribute('dir', dir)
    await expect(page.getByTestId('nav-settings')).toBeVisible()
    for (const id of ['sell', 'orders', 'products', 'settings', 'stats', 'shift', 'coupons']) await expectNotCut(page, `nav-${id}`, `${language} nav`)
    // Each name sits inside the rail: nothing runs past its edge or under the screen beside it.
    const spill = await page.locator('.nav').evaluate((nav) => {
      const rail = nav.getBoundingClientRect()
      return Array.from(nav.querySelectorAll('*'))
        .map((element) => ({ text: (element.textContent ?? '').trim(), box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < rail.left - 1 || box.right > rail.right + 1))
        .map(({ text }) => text)
    })
    expect(spill, `${language}: words past the nav rail`).toEqual([])
    await expectAllInReach(page, `${language} orders 800x600`)
    await capture(page, `languages-nav-${language}-800`)
    // The rail scrolls: its foot (print queue, sync, backup) is looked at too.
    await page.locator('.nav').evaluate((nav) => nav.scrollTo({ top: nav.scrollHeight }))
    await expect(page.getByTestId('sync-status')).toBeInViewport()
    await capture(page, `languages-nav-${language}-800-foot`)
  }
})
