import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

test('the screen language switches at once and Arabic lays the page out right to left', async ({ page, till, capture }) => {
  await page.goto('/#/settings')
  await expect(page.getByTestId('settings-screen-language')).toBeEnabled()
  await page.getByTestId('settings-screen-language').selectOption('de')
  await expect(page.locator('#settings-language')).toHaveText('Sprache')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await capture(page, 'languages-settings-de')

  await page.getByTestId('settings-screen-language').selectOption('ar')
  await expect(page.locator('#settings-language')).toHaveText('اللغة')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await capture(page, 'languages-settings-ar')
  expect(await till.ok('settings.till')).toEqual({ screenLanguage: 'ar', customerDisplay: false })

  // The choice is the till's: it is there again after a reload.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('#settings-language')).toHaveText('اللغة')
})

test('the receipt language is saved with the shop settings', async ({ page, till }) => {
  await page.goto('/#/settings')
  await page.getByTestId('settings-receipt-language').selectOption('fr')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('toast')).toBeVisible()
  expect((await till.ok('settings.get')).receiptLanguage).toBe('fr')
})

test('a sale on a German screen with a decimal-comma amount typed, the receipt preview in German and Arabic, every core screen in both', async ({
  page,
  till,
  capture
}) => {
  await till.ok('settings.update', { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin', receiptLanguage: 'de' })
  await till.ok('settings.updateTill', { screenLanguage: 'de' })
  const [beans] = await stockShelves(till)
  await openSell(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('cart-total')).toHaveText('13,50 €')
  // Sell speaks German: the nav, the cart's words, the pay button.
  await expect(page.getByTestId('nav-sell')).toContainText('Verkauf')
  await expect(page.getByTestId('cart-totals')).toContainText('Zwischensumme')
  await expect(page.getByTestId('cart-pay')).toContainText('Bezahlen')
  await capture(page, 'languages-sell-de')

  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  // "20,50" is twenty euros fifty in German: the change is 7,00 €, not an error and not 2 050 €.
  await page.keyboard.type('20,50')
  await expect(page.getByTestId('pay-payments-change-amount')).toHaveText('7,00 €')
  await expect(page.getByTestId('pay-dialog')).toContainText('Rückgeld')
  await expect(page.getByTestId('pay-dialog-complete')).toHaveText(/Verkauf abschließen/)
  for (const width of [800, 1280]) {
    await page.setViewportSize({ width, height: width === 800 ? 600 : 800 })
    await capture(page, `languages-pay-de-${width}`)
  }
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sale-complete')).toBeVisible()
  const number = (await page.getByTestId('sale-complete-number').textContent()) ?? ''
  await page.keyboard.press('Enter')

  await page.goto('/#/orders')
  await page.getByTestId('order-row').filter({ hasText: number }).click()
  await page.getByTestId('order-print-preview').click()
  const frame = page.frameLocator('[data-testid="print-preview-frame"]')
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de')
  await expect(frame.locator('body')).toContainText('Zwischensumme')
  await expect(frame.locator('body')).toContainText('Rückgeld')
  await expect(frame.locator('body')).toContainText('7,00 €')
  await capture(page, 'languages-receipt-de')

  await till.ok('settings.update', { receiptLanguage: 'ar' })
  await page.keyboard.press('Escape')
  await page.getByTestId('order-print-preview').click()
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(frame.locator('body')).toContainText('المجموع الفرعي')
  await capture(page, 'languages-receipt-ar')
  await page.keyboard.press('Escape')

  for (const language of ['de', 'ar'] as const) {
    await till.ok('settings.updateTill', { screenLanguage: language })
    for (const screen of ['sell', 'orders', 'stats', 'settings'] as const) {
      await page.goto(`/#/${screen}`)
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr')
      await expect(page.getByTestId('opening')).toHaveCount(0)
      await capture(page, `languages-${screen}-${language}`)
    }
  }
})

test('Sell and Pay in Arabic: the words are Arabic and the layout runs right to left', async ({ page, till, capture }) => {
  await till.ok('settings.update', { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin' })
  await till.ok('settings.updateTill', { screenLanguage: 'ar' })
  const [beans] = await stockShelves(till)
  await openSell(page)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await scan(page, beans!.barcode)
  await expect(page.getByTestId('nav-sell')).toContainText('البيع')
  await expect(page.getByTestId('cart-pay')).toContainText('ادفع')
  await expect(page.getByTestId('cart-count')).toHaveText('سطر واحد · قطعة واحدة')
  // Right to left: the nav stands at the right edge, the cart at the left.
  const nav = await page.locator('nav.nav').boundingBox()
  const cart = await page.getByTestId('cart').boundingBox()
  expect(nav!.x).toBeGreaterThan(cart!.x)
  await capture(page, 'languages-sell-ar')

  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  await expect(page.getByTestId('pay-dialog')).toContainText('الإجمالي المستحق')
  await page.keyboard.type('20')
  await expect(page.getByTestId('pay-payments-change-amount')).toHaveText('6,50 €')
  await expect(page.getByTestId('pay-dialog')).toContainText('الباقي للزبون')
  for (const width of [800, 1280]) {
    await page.setViewportSize({ width, height: width === 800 ? 600 : 800 })
    await capture(page, `languages-pay-ar-${width}`)
  }
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sale-complete')).toContainText('تمّ البيع')
  await capture(page, 'languages-sale-complete-ar')
})
