import { expect, test } from './support/fixtures'
import { openSell, scan, stockShelves } from './support/counter'
import { setUpShop } from './support/shop'

test.beforeEach(async ({ till }) => setUpShop(till))

const SIZES = [
  [800, 600],
  [1280, 800]
] as const

/** What each language's screens must say; the amounts stay in the shop's German format (de-DE, EUR). */
const LANGUAGES = [
  {
    code: 'de',
    dir: 'ltr',
    syncOff: 'Sync aus',
    // "handed 20,50 €, change 7,00 €" as one sentence, amounts where German puts them.
    handed: '· gegeben 20,50 €, Rückgeld 7,00 €',
    returnLine: '13,50 € für 1 Stück',
    returnRule: 'Beschädigte Stücke kommen nicht zurück ins Lager.',
    printQueue: 'Druckwarteschlange',
    failedOnly: 'Nur fehlgeschlagene'
  },
  {
    code: 'ar',
    dir: 'rtl',
    syncOff: 'المزامنة متوقفة',
    handed: 'سُلّم',
    returnLine: 'مقابل وحدة واحدة',
    returnRule: 'لا تعود الوحدات التالفة إلى المخزون.',
    printQueue: 'قائمة الطباعة',
    failedOnly: 'الفاشلة فقط'
  }
] as const

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
  const captureAtSizes = async (name: string) => {
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height })
      await capture(page, `${name}-${width}`)
    }
  }

  await page.goto('/#/orders')
  await page.getByTestId('order-row').filter({ hasText: number }).click()
  await expect(page.getByTestId('order-lines')).toContainText('13,50 € pro Stück')
  for (const language of LANGUAGES) {
    await till.ok('settings.updateTill', { screenLanguage: language.code })
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir)
    // The sync indicator speaks the language (sync is off in a new shop).
    await expect(page.getByTestId('sync-status')).toHaveText(language.syncOff)
    await expect(page.getByTestId('order-payments')).toContainText(language.handed)
    await page.getByTestId('order-action-return').click()
    await expect(page.getByTestId('return-line')).toContainText(language.returnLine)
    await expect(page.getByTestId('return-dialog-rule')).toContainText(language.returnRule)
    await captureAtSizes(`languages-return-${language.code}`)
    await page.keyboard.press('Escape')
    await page.getByTestId('print-queue-open').click()
    await expect(page.getByTestId('print-queue')).toContainText(language.printQueue)
    await expect(page.getByTestId('print-queue-filter')).toContainText(language.failedOnly)
    await captureAtSizes(`languages-print-queue-${language.code}`)
    await page.keyboard.press('Escape')
  }
})
