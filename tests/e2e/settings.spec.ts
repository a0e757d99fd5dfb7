import { snapshotDatabase } from '../support/test-till'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'
import { placeOrder, stockShelves } from './support/counter'

test.beforeEach(async ({ till }) => setUpShop(till))

test('settings are saved with a toast and change how money is shown everywhere', async ({ page, till, capture }) => {
  await page.goto('/#/settings')
  await expect(page.getByTestId('settings-form')).toBeVisible()
  await capture(page, 'settings')

  await page.getByTestId('settings-shop-name').fill('Boulangerie Lune')
  await page.getByTestId('settings-currency').selectOption('EUR')
  await page.getByTestId('settings-locale').fill('fr-FR')
  await page.getByTestId('settings-time-zone').selectOption('Europe/Paris')
  await page.getByTestId('settings-tax-mode-inclusive').check()
  await page.getByTestId('settings-order-prefix').fill('b')
  await page.getByTestId('settings-hold-minutes').fill('90')
  await expect(page.getByTestId('settings-money-preview')).toContainText('12 345,67 €')
  await page.getByTestId('settings-save').click()

  await expect(page.getByTestId('toast')).toHaveText('Settings saved')
  await expect(page.getByTestId('shop-name')).toHaveText('Boulangerie Lune')
  await expect(page.getByTestId('settings-order-prefix')).toHaveValue('B')
  expect(await till.ok('settings.get')).toMatchObject({
    shopName: 'Boulangerie Lune',
    currency: 'EUR',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
    taxMode: 'inclusive',
    orderPrefix: 'B',
    holdMinutes: 90
  })
})

test('bad settings are refused beside their fields, in words, and nothing changes', async ({ page, till, capture }) => {
  await page.goto('/#/settings')
  const before = await snapshotDatabase(till)

  await page.getByTestId('settings-hold-minutes').fill('2')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('settings-hold-minutes-error')).toHaveText('Hold time is at least 5 minutes.')

  await page.getByTestId('settings-hold-minutes').fill('ten')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('settings-hold-minutes-error')).toHaveText('Hold time is a whole number of minutes.')

  await page.getByTestId('settings-hold-minutes').fill('60')
  await page.getByTestId('settings-order-prefix').fill('TOO-LONG')
  await page.getByTestId('settings-locale').fill('not a locale!')
  await page.getByTestId('settings-shop-name').fill('')
  await page.keyboard.press('Control+S')
  await expect(page.getByTestId('settings-order-prefix-error')).toHaveText('Order prefix is 1 to 6 letters or digits.')
  await expect(page.getByTestId('settings-shop-name')).toHaveAttribute('aria-invalid', 'true')
  await capture(page, 'settings-refused')

  await expect(page.getByTestId('toast')).toHaveCount(0)
  expect(await snapshotDatabase(till)).toEqual(before)
  await expect(page.getByTestId('shop-name')).toHaveText('Corner Shop')
})

test('a change saved in another window shows at once in an untouched settings form', async ({ page, context, till }) => {
  await page.goto('/#/settings')
  await expect(page.getByTestId('settings-shop-name')).toHaveValue('Corner Shop')
  const other = await context.newPage()
  await other.goto('/#/settings')
  await other.getByTestId('settings-shop-name').fill('Renamed Elsewhere')
  await other.getByTestId('settings-save').click()
  await expect(other.getByTestId('toast')).toHaveText('Settings saved')

  await expect(page.getByTestId('settings-shop-name')).toHaveValue('Renamed Elsewhere')
  await expect(page.getByTestId('shop-name')).toHaveText('Renamed Elsewhere')
  expect((await till.ok('settings.get')).shopName).toBe('Renamed Elsewhere')
})

test('leaving settings with unsaved edits, by a tab or the side nav, asks first: keep editing, or discard them', async ({ page, till, capture }) => {
  await page.goto('/#/settings')
  await page.getByTestId('settings-shop-name').fill('Not Saved Yet')
  await page.getByTestId('settings-tab-printers').click()
  await expect(page.getByTestId('leave-unsaved')).toContainText('The changes here are not saved')
  await capture(page, 'settings-leave-unsaved')
  await page.getByTestId('leave-unsaved-stay').click()
  await expect(page.getByTestId('leave-unsaved')).toHaveCount(0)
  await expect(page.getByTestId('settings-shop-name')).toHaveValue('Not Saved Yet')

  // Alt+1 (Sell) asks the same; Esc keeps the edits.
  await page.keyboard.press('Alt+1')
  await expect(page.getByTestId('leave-unsaved')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('screen-settings')).toBeVisible()
  await expect(page.getByTestId('settings-shop-name')).toHaveValue('Not Saved Yet')

  await page.getByTestId('settings-tab-printers').click()
  await page.getByTestId('leave-unsaved-discard').click()
  await expect(page.getByTestId('printer-settings')).toBeVisible()
  await page.getByTestId('settings-tab-shop').click()
  await expect(page.getByTestId('settings-shop-name')).toHaveValue((await till.ok('settings.get')).shopName)

  // Once saved, nothing is asked.
  await page.getByTestId('settings-shop-name').fill('Saved Now')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('toast')).toHaveText('Settings saved')
  await page.getByTestId('nav-sell').click()
  await expect(page.getByTestId('screen-sell')).toBeVisible()
  await expect(page.getByTestId('leave-unsaved')).toHaveCount(0)
})

test('once orders exist the currency is refused beside its field, and tax mode and time zone say they apply to new sales only', async ({
  page,
  till,
  capture
}) => {
  const [beans] = await stockShelves(till)
  await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
  await page.goto('/#/settings')
  await page.getByTestId('settings-tax-mode-inclusive').check()
  await expect(page.getByTestId('settings-tax-mode-notice')).toContainText('Orders already taken keep the tax they were sold with')
  await page.getByTestId('settings-time-zone').selectOption('Asia/Tokyo')
  await expect(page.getByTestId('settings-time-zone-notice')).toContainText('Orders already taken keep the day and hour they were taken on')
  await page.getByTestId('settings-currency').selectOption('JPY')
  const before = await snapshotDatabase(till)
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('settings-currency-error')).toContainText('start a new shop file')
  await capture(page, 'settings-currency-locked')
  expect(await snapshotDatabase(till)).toEqual(before)

  await page.getByTestId('settings-currency').selectOption('USD')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('toast')).toHaveText('Settings saved')
  expect(await till.ok('settings.get')).toMatchObject({ currency: 'USD', taxMode: 'inclusive', timeZone: 'Asia/Tokyo' })
})

test('the tax number and the receipt footer are printed on every receipt; a bad one is refused beside its field', async ({ page, till, capture }) => {
  const [soap] = await stockShelves(till, [{ name: 'Olive Soap', barcode: '4006381333931', sku: 'SOAP', price: 750, stock: 5 }])
  const order = await placeOrder(till, [{ variantId: soap!.variantId, quantity: 1 }])
  await page.goto('/#/settings')
  const before = await snapshotDatabase(till)
  await page.getByTestId('settings-tax-number').fill('GB 123 4567 89 '.repeat(4))
  await page.getByTestId('settings-receipt-footer').fill(['one', 'two', 'three', 'four', 'five', 'six', 'seven'].join('\n'))
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('settings-tax-number-error')).toHaveText('The tax number is at most 40 characters.')
  await expect(page.getByTestId('settings-receipt-footer-error')).toHaveText('The receipt footer is at most 6 lines.')
  await capture(page, 'settings-receipt-refused')
  expect(await snapshotDatabase(till)).toEqual(before)

  await page.getByTestId('settings-tax-number').fill('GB 123 4567 89')
  await page.getByTestId('settings-receipt-footer').fill('Returns within 30 days with this receipt\n\nThank you for shopping local')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('toast')).toHaveText('Settings saved')
  await capture(page, 'settings-receipt')
  expect(await till.ok('settings.get')).toMatchObject({
    taxNumber: 'GB 123 4567 89',
    receiptFooter: 'Returns within 30 days with this receipt\n\nThank you for shopping local'
  })
  const receipt = await till.ok('print.preview', { orderId: order.id, document: 'receipt' })
  expect(receipt.html).toContain('Tax number GB 123 4567 89')
  expect(receipt.html).toContain('Returns within 30 days with this receipt\n\nThank you for shopping local')
  expect(receipt.html).not.toContain('Thank you!')
})

test('tax rounding and cash rounding are set in Settings, say they apply to new sales, and a bad coin is refused beside its field', async ({
  page,
  till,
  captureAtSizes
}) => {
  await page.goto('/#/settings')
  await page.getByTestId('settings-tax-rounding-rate').check()
  await expect(page.getByTestId('settings-tax-rounding-notice')).toContainText('Orders already taken keep their tax')
  const before = await snapshotDatabase(till)
  await page.getByTestId('settings-cash-rounding-step').fill('0.055')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('settings-cash-rounding-step-error')).toBeVisible()
  expect(await snapshotDatabase(till)).toEqual(before)

  await page.getByTestId('settings-cash-rounding-step').fill('0.05')
  await page.getByTestId('settings-cash-rounding-rule-up').check()
  await expect(page.getByTestId('settings-cash-rounding-notice')).toContainText('New cash payments will be rounded this way')
  await expect(page.getByTestId('settings-cash-rounding-step-error')).toHaveCount(0)
  await page.getByTestId('settings-tax-rounding').scrollIntoViewIfNeeded()
  await captureAtSizes(page, 'settings-money-rules')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('toast')).toHaveText('Settings saved')
  expect(await till.ok('settings.get')).toMatchObject({ taxRounding: 'rate', cashRoundingStep: 5, cashRoundingRule: 'up' })
})
