import { expect, test } from './support/fixtures'
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
  expect(await till.ok('settings.till')).toEqual({ screenLanguage: 'ar' })

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
