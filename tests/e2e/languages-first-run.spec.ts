import type { Page } from '@playwright/test'
import { expectAccessible } from './support/a11y'
import { expect, test } from './support/fixtures'
import { expectAllInReach } from './support/viewport'

// A new till on a computer set to Arabic (Saudi Arabia): the first run speaks Arabic before anything is chosen.
test.use({ locale: 'ar-SA', timezoneId: 'Asia/Riyadh' })

const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
] as const

async function atEachSize(page: Page, capture: (page: Page, name: string) => Promise<void>, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await expectAllInReach(page, `${name} at ${size.width}x${size.height}`)
    await capture(page, `${name}-${size.width}`)
  }
}

test('the first run in Arabic: right to left, Arabic words, a PIN typed in Arabic-Indic digits, then Sell in Arabic', async ({ page, till, capture }) => {
  // A long journey (two sizes at each of five steps, a reload): 4 min leaves room for a loaded 2-core machine.
  test.setTimeout(240_000)
  await page.goto('/')
  await expect(page.getByTestId('first-run')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أهلًا بك. لنجهّز صندوقك.')
  await expectAccessible(page, 'the first run in Arabic')
  await atEachSize(page, capture, 'languages-ar-first-run')

  await page.getByTestId('first-run-shop-name').fill('بقالة الزاوية')
  await page.getByTestId('first-run-address').fill('شارع الملك فهد ١٢\nالرياض')
  // A Saudi computer proposes the riyal, not main's default dollar.
  await expect(page.getByTestId('first-run-currency')).toHaveValue('SAR')
  await page.getByTestId('first-run-owner-name').fill('سامي')
  // A trivial PIN is refused in Arabic, beside its field.
  await page.getByTestId('first-run-owner-pin').fill('١٢٣٤')
  await expect(page.getByTestId('first-run-owner-pin')).toHaveValue('1234')
  await page.getByTestId('first-run-start').click()
  await expect(page.getByTestId('first-run-owner-pin-error')).toBeVisible()
  await expect(page.getByTestId('first-run-owner-pin-error')).not.toContainText(/[A-Za-z]{3,}/)
  await atEachSize(page, capture, 'languages-ar-first-run-refused')
  // An Arabic keyboard types Arabic-Indic digits: the PIN is the same digits.
  await page.getByTestId('first-run-owner-pin').fill('٢٥٨٠')
  await expect(page.getByTestId('first-run-owner-pin')).toHaveValue('2580')
  await page.getByTestId('first-run-sample').click()

  await expect(page.getByTestId('sell-screen')).toBeVisible()
  await expect(page.getByTestId('shop-name')).toHaveText('بقالة الزاوية')
  await expect(page.getByTestId('staff-name')).toHaveText('سامي')
  await expect(page.getByTestId('sell-product').first()).toBeVisible()
  await atEachSize(page, capture, 'languages-ar-first-run-sell')
  expect(await till.ok('settings.get')).toMatchObject({
    shopName: 'بقالة الزاوية',
    currency: 'SAR',
    locale: 'ar-SA',
    timeZone: 'Asia/Riyadh',
    setupComplete: true
  })
  // Locked (the owner has a PIN now): the PIN pad in Arabic takes the Arabic keyboard's digits too.
  await page.getByTestId('lock-switch').click()
  await page.getByTestId('lock-staff').filter({ hasText: 'سامي' }).click()
  await atEachSize(page, capture, 'languages-ar-first-run-lock')
  // An Arabic layout's digit keys send these keys (Playwright's keyboard knows only a US layout's).
  for (const digit of '٢٥٨٠') await page.evaluate((key) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })), digit)
  await expect(page.getByTestId('lock-pin-dots')).toHaveAttribute('aria-label', /[4٤]/)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sell-screen')).toBeVisible()
})
