import { expect, test } from './support/fixtures'
import { placeOrder, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till, { settings: { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin' } }))

test('on a German screen the date filters of Orders, Stats and Journal read and write TT.MM.JJJJ, not mm/dd/yyyy; French follows a switch', async ({
  page,
  till,
  capture
}) => {
  const [beans] = await stockShelves(till)
  await placeOrder(till, [{ variantId: beans!.variantId, quantity: 1 }])
  await till.ok('settings.updateTill', { screenLanguage: 'de' })
  const today = new Date(till.clock.now()).toISOString().slice(0, 10)
  const [year, month, day] = today.split('-')
  const german = `${day}.${month}.${year}`

  await page.goto('/#/orders')
  const from = page.getByTestId('orders-filter-from')
  await expect(from).toHaveAttribute('placeholder', 'TT.MM.JJJJ')
  await expect(page.getByTestId('order-row')).toHaveCount(1)
  // The day after today, typed the German way without leading zeros: nothing matches.
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000)
  await from.fill(`${tomorrow.getUTCDate()}.${tomorrow.getUTCMonth() + 1}.${tomorrow.getUTCFullYear()}`)
  await expect(page.getByTestId('order-list-empty')).toBeVisible()
  await from.fill(`${Number(day)}.${Number(month)}.${year}`)
  await expect(page.getByTestId('order-row')).toHaveCount(1)
  await from.blur()
  await expect(from).toHaveValue(german)
  // A day that is not in the calendar is marked and changes nothing.
  await from.fill('31.02.2026')
  await expect(from).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('order-row')).toHaveCount(1)
  await from.fill(german)
  await expect(from).not.toHaveAttribute('aria-invalid', 'true')
  await capture(page, 'languages-dates-orders-de')

  await page.goto('/#/stats')
  await expect(page.getByTestId('stats-range-from')).toHaveAttribute('placeholder', 'TT.MM.JJJJ')
  await page.getByTestId('stats-range-from').fill(german)
  await page.getByTestId('stats-range-to').fill(german)
  await page.getByTestId('stats-range-apply').click()
  await expect(page.getByTestId('stats-range-label')).toContainText(year!)
  await expect(page.getByTestId('stats-range-label')).not.toContainText('/')
  await capture(page, 'languages-dates-stats-de')

  await page.goto('/#/settings/journal')
  const journalTo = page.getByTestId('journal-filter-to')
  await expect(journalTo).toHaveAttribute('placeholder', 'TT.MM.JJJJ')
  await journalTo.fill('1.1.2001')
  await expect(page.getByTestId('journal-entries')).toBeEmpty()
  await journalTo.blur()
  await expect(journalTo).toHaveValue('01.01.2001')

  // A switch rewrites what is shown in the new language's order (French: jj/mm/aaaa), and keeps the day.
  await till.ok('settings.updateTill', { screenLanguage: 'fr' })
  await expect(journalTo).toHaveAttribute('placeholder', 'jj/mm/aaaa')
  await expect(journalTo).toHaveValue('01/01/2001')
  await expect(page.getByTestId('journal-entries')).toBeEmpty()
})
