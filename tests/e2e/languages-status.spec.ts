import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

test('the order detail, the return dialog, the print queue and the sync indicator read whole sentences in German and Arabic', async ({
  page,
  till,
  capture
}) => {
  await till.ok('settings.update', { currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin' })
  await till.ok('settings.updateTill', { screenLanguage: 'de' })
  const [beans] = await stockShelves(till)
  await openSell(page)
  await scan(page, beans!.barcode)
  await page.keyboard.press('F4')
  await expect(page.getByTestId('pay-payments-0-tendered')).toBeFocused()
  await page.keyboard.type('20,50')
  await expect(page.getByTestId('pay-payments-change-amount')).toHaveText('7,00 €')
  await page.keyboard.press('Enter')
  const number = (await page.getByTestId('sale-complete-number').textContent()) ?? ''
  await page.keyboard.press('Enter')

  // The sync indicator speaks German (sync is off in a new shop).
  await expect(page.getByTestId('sync-status')).toHaveText('Sync aus')

  await page.goto('/#/orders')
  await page.getByTestId('order-row').filter({ hasText: number }).click()
  // "handed 20,50 €, change 7,00 €" as one sentence, amounts where German puts them.
  await expect(page.getByTestId('order-payments')).toContainText('· gegeben 20,50 €, Rückgeld 7,00 €')
  await expect(page.getByTestId('order-lines')).toContainText('13,50 € pro Stück')
  await page.getByTestId('order-action-return').click()
  await expect(page.getByTestId('return-line')).toContainText('13,50 € für 1 Stück')
  await expect(page.getByTestId('return-dialog-rule')).toContainText('Beschädigte Stücke kommen nicht zurück ins Lager.')
  for (const [width, height] of [
    [800, 600],
    [1280, 800]
  ] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `languages-return-de-${width}`)
  }
  await page.keyboard.press('Escape')
  await page.getByTestId('print-queue-open').click()
  await expect(page.getByTestId('print-queue')).toContainText('Druckwarteschlange')
  await expect(page.getByTestId('print-queue-filter')).toContainText('Nur fehlgeschlagene')
  for (const [width, height] of [
    [800, 600],
    [1280, 800]
  ] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `languages-print-queue-de-${width}`)
  }
  await page.keyboard.press('Escape')

  await till.ok('settings.updateTill', { screenLanguage: 'ar' })
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByTestId('sync-status')).toHaveText('المزامنة متوقفة')
  await expect(page.getByTestId('order-payments')).toContainText('سُلّم')
  await page.getByTestId('order-action-return').click()
  await expect(page.getByTestId('return-line')).toContainText('مقابل وحدة واحدة')
  for (const [width, height] of [
    [800, 600],
    [1280, 800]
  ] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `languages-return-ar-${width}`)
  }
  await page.keyboard.press('Escape')
  await page.getByTestId('print-queue-open').click()
  await expect(page.getByTestId('print-queue')).toContainText('قائمة الطباعة')
  for (const [width, height] of [
    [800, 600],
    [1280, 800]
  ] as const) {
    await page.setViewportSize({ width, height })
    await capture(page, `languages-print-queue-ar-${width}`)
  }
})
