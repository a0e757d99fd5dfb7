import type { Page } from '@playwright/test'
import { expectAccessible } from './support/a11y'
import { placeOrder, stockShelves } from './support/counter'
import { expect, test } from './support/fixtures'
import { setUpShop } from './support/shop'
import { expectAllInReach, expectTargetsAtLeast } from './support/viewport'

// The till's clock starts on Monday 2026-03-02 (TEST_EPOCH).

const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 }
] as const

/** The open calendar of a date field, and where it lies against the window. */
async function calendarBox(page: Page, testId: string) {
  const calendar = page.getByTestId(`${testId}-calendar`)
  await expect(calendar).toBeVisible()
  const box = await calendar.boundingBox()
  const field = await page.getByTestId(testId).boundingBox()
  const window = page.viewportSize()
  if (!box || !field || !window) throw new Error('no box')
  return { calendar, box, field, window }
}

/** The calendar lies whole inside the window, and every day and arrow in it is a fingertip wide. */
async function expectCalendarInWindow(page: Page, testId: string, where: string) {
  const { box, window } = await calendarBox(page, testId)
  expect(box.x, where).toBeGreaterThanOrEqual(0)
  expect(box.y, where).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, where).toBeLessThanOrEqual(window.width)
  expect(box.y + box.height, where).toBeLessThanOrEqual(window.height)
  const small = await page
    .getByTestId(`${testId}-calendar`)
    .locator('button')
    .evaluateAll((buttons) =>
      buttons
        .map((button) => button.getBoundingClientRect())
        .filter((rect) => rect.width < 43.5 || rect.height < 43.5)
        .map((rect) => `${rect.width}x${rect.height}`)
    )
  expect(small, `${where}: calendar buttons under 44 px`).toEqual([])
}

test('English (US): the Orders date filter opens a calendar that starts on Sunday, moves by arrows and PageUp/PageDown, picks on Enter and closes on Esc', async ({
  page,
  till,
  capture
}) => {
  test.slow()
  await setUpShop(till)
  const [beans] = await stockShelves(till)
  await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
  await page.goto('/#/orders')
  await expect(page.getByTestId('order-row')).toHaveCount(1)
  const open = page.getByTestId('orders-filter-from-open')
  await expect(open).toHaveAccessibleName('Choose the day on a calendar')
  await expect(page.getByTestId('orders-filter-from')).toHaveAccessibleName('From')
  await open.click()
  const calendar = page.getByTestId('orders-filter-from-calendar')
  await expect(calendar).toBeVisible()
  await expect(open).toHaveAttribute('aria-expanded', 'true')
  await expect(calendar.getByRole('grid')).toHaveAccessibleName('March 2026')
  await expect(calendar.locator('.rdp-weekday').first()).toHaveText('Sun')
  await expect(calendar.locator('.rdp-weekday').first()).toHaveAttribute('aria-label', 'Sunday')
  // Nothing chosen yet: today has the focus, and says so.
  const focusedDay = calendar.locator('button:focus')
  await expect(focusedDay).toHaveAccessibleName('Monday, March 2, 2026, today')
  await page.keyboard.press('ArrowRight')
  await expect(focusedDay).toHaveText('3')
  await page.keyboard.press('ArrowDown')
  await expect(focusedDay).toHaveText('10')
  await page.keyboard.press('PageDown')
  await expect(calendar.getByRole('grid')).toHaveAccessibleName('April 2026')
  await expect(focusedDay).toHaveText('10')
  await page.keyboard.press('PageUp')
  await expect(calendar.getByRole('grid')).toHaveAccessibleName('March 2026')
  await expectAccessible(page, 'the Orders date calendar, open')
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await expectCalendarInWindow(page, 'orders-filter-from', `en at ${size.width}`)
    await capture(page, `languages-calendar-en-${size.width}`)
  }
  await page.keyboard.press('Enter')
  await expect(calendar).toBeHidden()
  await expect(page.getByTestId('orders-filter-from')).toHaveValue('03/10/2026')
  await expect(page.getByTestId('orders-filter-from')).toBeFocused()
  await expect(page.getByTestId('order-list-empty')).toBeVisible()

  // The last day cannot be before the first: the calendar greys the days before 10 March.
  await page.getByTestId('orders-filter-to-open').click()
  const to = page.getByTestId('orders-filter-to-calendar')
  await expect(to.locator('[data-day="2026-03-09"] button')).toBeDisabled()
  await expect(to.locator('[data-day="2026-03-10"] button')).toBeEnabled()
  // Esc closes the calendar only, and gives the focus back to its button; the filter is unchanged.
  await page.keyboard.press('Escape')
  await expect(to).toBeHidden()
  await expect(page.getByTestId('orders-filter-to-open')).toBeFocused()
  await expect(page.getByTestId('orders-filter-to')).toHaveValue('')
  // Alt+↓ in the field opens it too; a click outside closes it.
  await page.getByTestId('orders-filter-to').focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(to).toBeVisible()
  await page.getByTestId('order-list-empty').click()
  await expect(to).toBeHidden()
})

test('German: the coupon form’s days open a calendar in German, from Monday, inside the dialog; Esc closes the calendar and not the dialog', async ({
  page,
  till,
  capture
}) => {
  test.slow()
  await setUpShop(till, { settings: { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin' } })
  await till.ok('settings.updateTill', { screenLanguage: 'de' })
  await page.goto('/#/coupons')
  await expect(page.getByTestId('coupons-empty')).toBeVisible()
  await page.keyboard.press('Alt+N')
  await expect(page.getByTestId('coupon-form')).toBeVisible()
  await page.getByTestId('coupon-form-valid-from').fill('5.3.2026')
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await page.getByTestId('coupon-form-valid-until-open').click()
    const calendar = page.getByTestId('coupon-form-valid-until-calendar')
    await expect(calendar.getByRole('grid')).toHaveAccessibleName('März 2026')
    await expect(calendar.locator('.rdp-weekday').first()).toHaveAttribute('aria-label', 'Montag')
    await expect(calendar.getByRole('button', { name: 'Nächster Monat' })).toBeVisible()
    // Days before the first day are greyed.
    await expect(calendar.locator('[data-day="2026-03-04"] button')).toBeDisabled()
    await expectCalendarInWindow(page, 'coupon-form-valid-until', `de at ${size.width}`)
    await expectAllInReach(page, `the coupon form with its calendar open at ${size.width}`)
    await expectTargetsAtLeast(page, 44, `the coupon form's calendar at ${size.width}`)
    await capture(page, `languages-calendar-de-coupon-${size.width}`)
    await page.keyboard.press('Escape')
    await expect(calendar).toBeHidden()
    await expect(page.getByTestId('coupon-form')).toBeVisible()
  }
  await page.getByTestId('coupon-form-valid-until-open').click()
  const calendar = page.getByTestId('coupon-form-valid-until-calendar')
  await expectAccessible(page, 'the coupon form, its calendar open, in German')
  await calendar.getByRole('button', { name: 'Freitag, 20. März 2026' }).click()
  await expect(calendar).toBeHidden()
  await expect(page.getByTestId('coupon-form-valid-until')).toHaveValue('20.03.2026')
  await expect(page.getByTestId('coupon-form')).toBeVisible()
  // The day picked is the day chosen, when the calendar opens again.
  await page.getByTestId('coupon-form-valid-until-open').click()
  await expect(calendar.locator('button:focus')).toHaveAccessibleName('Freitag, 20. März 2026, gewählt')
})

test('Arabic: the Stats range calendar lies right to left, in Arabic names and digits, from the Saudi week’s Sunday; ← moves to the next day', async ({
  page,
  till,
  capture
}) => {
  test.slow()
  await setUpShop(till, { settings: { currency: 'SAR', locale: 'ar-SA', timeZone: 'Asia/Riyadh' } })
  await till.ok('settings.updateTill', { screenLanguage: 'ar' })
  await page.goto('/#/stats')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  // Today is both ends of the range shown: the last day's calendar offers today and after.
  const field = 'stats-range-to'
  const calendar = page.getByTestId(`${field}-calendar`)
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await page.getByTestId(`${field}-open`).click()
    await expect(calendar.locator('.rdp-root')).toHaveAttribute('dir', 'rtl')
    await expect(calendar.getByRole('grid')).toHaveAccessibleName('مارس ٢٠٢٦')
    // Arabic's short weekday names are whole words: one letter each over the 44 px columns, the whole name for a screen reader.
    await expect(calendar.locator('.rdp-weekday')).toHaveText(['ح', 'ن', 'ث', 'ر', 'خ', 'ج', 'س'])
    await expect(calendar.locator('.rdp-weekday').first()).toHaveAttribute('aria-label', 'الأحد')
    // The week's first day is at the right, as the field's start is.
    const first = await calendar.locator('.rdp-weekday').first().boundingBox()
    const last = await calendar.locator('.rdp-weekday').last().boundingBox()
    expect(first!.x).toBeGreaterThan(last!.x)
    await expectCalendarInWindow(page, field, `ar at ${size.width}`)
    const { box, field: input } = await calendarBox(page, field)
    // It opens from the field's start: its right edge, in Arabic (unless the window's edge is closer).
    expect(Math.abs(box.x + box.width - (input.x + input.width)) < 2 || box.x < 10).toBe(true)
    await capture(page, `languages-calendar-ar-${size.width}`)
    await page.keyboard.press('Escape')
    await expect(calendar).toBeHidden()
  }
  await page.getByTestId(`${field}-open`).click()
  const focusedDay = calendar.locator('button:focus')
  await expect(focusedDay).toHaveAccessibleName('الاثنين، ٢ مارس ٢٠٢٦، اليوم المختار')
  await expect(focusedDay).toHaveText('٢')
  await expectAccessible(page, 'the Stats range calendar in Arabic')
  // Right to left: ← is the next day, → the day before; the day before the first day is not offered.
  await page.keyboard.press('ArrowLeft')
  await expect(focusedDay).toHaveText('٣')
  await page.keyboard.press('ArrowRight')
  await expect(focusedDay).toHaveText('٢')
  await expect(calendar.locator('[data-day="2026-03-01"] button')).toBeDisabled()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Enter')
  await expect(calendar).toBeHidden()
  await expect(page.getByTestId(field)).toHaveValue('٠٣‏/٠٣‏/٢٠٢٦')
})
