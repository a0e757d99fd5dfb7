import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

for (const [language, words] of [
  ['de', { quickAdd: 'Neuer Artikel: 5012345678900', nameRequired: 'Ein Artikel braucht einen Namen', products: 'Artikel' }],
  ['ar', { quickAdd: 'منتج جديد: 5012345678900', nameRequired: 'يحتاج المنتج إلى اسم', products: 'المنتجات' }]
] as const) {
  for (const size of [
    { width: 800, height: 600 },
    { width: 1280, height: 800 }
  ]) {
    test(`Sell's quick-add and the Products header in ${language} at ${size.width}x${size.height}`, async ({ page, till, capture }) => {
      await page.setViewportSize(size)
      await till.ok('settings.updateTill', { screenLanguage: language })
      await stockShelves(till)
      await openSell(page)
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await scan(page, '5012345678900')
      await page.getByTestId('sell-unknown-add').click()
      await expect(page.getByTestId('quick-add')).toContainText(words.quickAdd)
      await page.getByTestId('quick-add-save').click()
      await expect(page.getByTestId('quick-add-name-error')).toHaveText(words.nameRequired)
      await page.getByTestId('quick-add-tax').fill('abc')
      await page.getByTestId('quick-add-save').click()
      await capture(page, `languages-quick-add-${language}-${size.width}`)
      await page.keyboard.press('Escape')
      await page.goto('/#/products')
      await expect(page.getByTestId('products-screen')).toContainText(words.products)
      await capture(page, `languages-products-${language}-${size.width}`)
    })
  }
}

for (const [language, words] of [
  ['de', { minSpend: 'Gutschein BIG gilt erst ab einem Einkauf von', off: 'Gutschein SPRING ist ausgeschaltet.' }],
  ['ar', { minSpend: 'تتطلب القسيمة BIG مشتريات لا تقل عن', off: 'القسيمة SPRING موقوفة.' }]
] as const) {
  test(`the coupon dialog and a coupon's problem in ${language}`, async ({ page, till, capture }) => {
    await page.setViewportSize({ width: 800, height: 600 })
    await till.ok('settings.updateTill', { screenLanguage: language })
    const [beans, milk] = await stockShelves(till)
    await till.ok('coupons.create', { code: 'BIG', kind: 'amount', value: 500, minSpend: 1_000_000 })
    const spring = await till.ok('coupons.create', { code: 'SPRING', kind: 'percent', value: 1000 })
    await openSell(page)
    await scan(page, beans!.barcode)
    await expect(page.getByTestId('cart-line')).toHaveCount(1)
    await page.getByTestId('cart-coupon').click()
    await page.getByTestId('coupon-dialog-code').fill('big')
    await page.getByTestId('coupon-dialog-apply').click()
    // main refuses with the reason's code and values; the screen says it in its language
    await expect(page.getByTestId('coupon-dialog-error')).toContainText(words.minSpend)
    await capture(page, `languages-coupon-dialog-${language}-800`)
    await page.getByTestId('coupon-dialog-code').fill('spring')
    await page.getByTestId('coupon-dialog-apply').click()
    await expect(page.getByTestId('coupon-dialog')).toBeHidden()
    // switched off after it was applied: the next change to the cart says why it takes nothing off
    await till.ok('coupons.update', { couponId: spring.id, patch: { active: false } })
    await scan(page, milk!.barcode)
    await expect(page.getByTestId('cart-coupon-problem')).toHaveText(` · ${words.off}`)
    await page.getByTestId('cart-coupon').click()
    await expect(page.getByTestId('coupon-dialog-current')).toContainText(words.off)
    await capture(page, `languages-coupon-problem-${language}-800`)
  })
}
