import type { Page } from '@playwright/test'
import { TEST_OWNER_PIN } from '../support/test-till'
import { expect, test } from './support/fixtures'

/** The owner's name and PIN the first run asks for. */
async function nameTheOwner(page: Page): Promise<void> {
  await page.getByTestId('first-run-owner-name').fill('Olive Owner')
  await page.getByTestId('first-run-owner-pin').fill(TEST_OWNER_PIN)
}

test('a new till greets the shopkeeper, loads the sample shop and lands on Sell with its products', async ({ page, till, capture }) => {
  await page.goto('/')
  await expect(page.getByTestId('first-run')).toBeVisible()
  await capture(page, 'first-run')

  await page.getByTestId('first-run-shop-name').fill('Corner Café')
  await page.getByTestId('first-run-address').fill('12 Rue de la Paix\n75002 Paris')
  await page.getByTestId('first-run-tax-number').fill('FR 40 303 265 045')
  await page.getByTestId('first-run-currency').selectOption('EUR')
  await page.getByTestId('first-run-tax-mode-inclusive').check()
  await nameTheOwner(page)
  await page.getByTestId('first-run-sample').click()

  await expect(page.getByTestId('sell-screen')).toBeVisible()
  await expect(page.getByTestId('shop-name')).toHaveText('Corner Café')
  await expect(page.getByTestId('staff-name')).toHaveText('Olive Owner')
  await expect(page.getByTestId('sell-product').first()).toBeVisible()
  await expect(page.getByTestId('sell-product').first()).toContainText('€')
  await capture(page, 'sell-after-sample-shop')

  const settings = await till.ok('settings.get')
  expect(settings).toMatchObject({
    shopName: 'Corner Café',
    address: '12 Rue de la Paix\n75002 Paris',
    taxNumber: 'FR 40 303 265 045',
    currency: 'EUR',
    taxMode: 'inclusive',
    setupComplete: true
  })
  // The owner has a PIN now: every other window, the test's own included, starts locked.
  expect(await till.call('catalog.isEmpty')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
  await till.unlock('owner', TEST_OWNER_PIN)
  expect(await till.ok('catalog.isEmpty')).toBe(false)
  const shown = await page.getByTestId('sell-product').count()
  const listed = await till.ok('catalog.listProducts', { limit: 60 })
  expect(shown).toBe(listed.items.flatMap((product) => product.variants.filter((variant) => !variant.archived)).length)
})

test('an empty shop name is refused beside the field and nothing is set up', async ({ page, till }) => {
  await page.goto('/')
  await page.getByTestId('first-run-shop-name').fill('   ')
  await page.getByTestId('first-run-start').click()
  await expect(page.getByTestId('first-run-shop-name-error')).toHaveText('Shop name is required.')
  await expect(page.getByTestId('first-run')).toBeVisible()
  expect(await till.ok('settings.get')).toMatchObject({ setupComplete: false, shopName: 'My Shop' })
  expect(await till.ok('catalog.isEmpty')).toBe(true)
})

test('starting with an empty shop lands on Sell, which says how to add products', async ({ page, till }) => {
  await page.goto('/')
  await page.getByTestId('first-run-shop-name').fill('Hardware Hal')
  await nameTheOwner(page)
  await page.getByTestId('first-run-shop-name').press('Enter')
  await expect(page.getByTestId('sell-empty')).toContainText('No products yet')
  expect(await till.ok('settings.get')).toMatchObject({ shopName: 'Hardware Hal', setupComplete: true })
  await till.unlock('owner', TEST_OWNER_PIN)
  expect(await till.ok('catalog.isEmpty')).toBe(true)
})

test('a trivial owner PIN is refused with the reason, and the till is not set up', async ({ page, till }) => {
  await page.goto('/')
  await page.getByTestId('first-run-shop-name').fill('Corner Café')
  await page.getByTestId('first-run-owner-name').fill('Olive Owner')
  await page.getByTestId('first-run-owner-pin').fill('1234')
  await page.getByTestId('first-run-start').click()
  await expect(page.getByTestId('first-run-owner-pin-error')).toContainText('too easy to guess')
  await expect(page.getByTestId('first-run')).toBeVisible()
  expect(await till.ok('staff.lockScreen')).toMatchObject({ pinless: true })
})

test('the first run can be skipped, and a skipped first run never shows again', async ({ page, till }) => {
  await page.goto('/')
  await page.getByTestId('first-run-shop-name').fill('Not saved')
  await page.getByTestId('first-run-skip').click()
  await expect(page.getByTestId('sell-screen')).toBeVisible()
  // Skipping sets nothing up but the flag: the shop keeps its defaults and the owner has no PIN.
  expect(await till.ok('settings.get')).toMatchObject({ setupComplete: true, shopName: 'My Shop', taxNumber: '' })
  await expect(page.getByTestId('set-owner-pin')).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('sell-screen')).toBeVisible()
  await expect(page.getByTestId('first-run')).toHaveCount(0)
})

test('a tax number that is too long is refused beside its field and nothing is set up', async ({ page, till }) => {
  await page.goto('/')
  await page.getByTestId('first-run-shop-name').fill('Corner Café')
  await page.getByTestId('first-run-tax-number').fill('1234567890'.repeat(5))
  await nameTheOwner(page)
  await page.getByTestId('first-run-start').click()
  await expect(page.getByTestId('first-run-tax-number-error')).toHaveText('The tax number is at most 40 characters.')
  await expect(page.getByTestId('first-run')).toBeVisible()
  expect(await till.ok('settings.get')).toMatchObject({ setupComplete: false, shopName: 'My Shop', taxNumber: '' })
})
