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
