import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { receiptEscPos, slipEscPos } from '../../src/main/print/escpos/render-escpos'
import { renderOrderHtml } from '../../src/main/print/render-documents'
import { renderZReportEscPos, renderZReportHtml } from '../../src/main/shifts/z-print'
import { CATALOGS } from '../../src/shared/i18n/catalogs'
import { LANGUAGES, directionOf, type Language } from '../../src/shared/i18n/languages'
import { translatorFor } from '../../src/shared/i18n/translator'
import type { ZReport } from '../../src/shared/shifts'
import { decodeEscPos } from '../support/escpos-decode'
import { printableOrderFixture } from '../support/printable-order-fixture'
import { sellAtCounter } from '../support/sales'
import { seedProducts } from '../support/seed-products'
import { openTestTill, type TestTill } from '../support/test-till'

/** The page's words, without tags or styles, spaces collapsed (the narrow no-break space of fr-FR money included). */
const words = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\s\u202f\u00a0]+/g, ' ')

/** English words a receipt must not show once it is in another language. */
const ENGLISH_RECEIPT = ['Subtotal', 'Thank you', 'Served by', 'Tendered', 'Change', 'Tax included', 'Delivery', 'Deliver to', 'Unit price', 'Receipt']
const ENGLISH_Z = ['Net sales', 'Opened by', 'Expected', 'Counted', 'Grand total', 'Paid in', 'End of Z report', 'Cash sales']

/** The English words left on a page in another language, but for those the language itself uses ("Subtotal" in Spanish). */
function englishLeft(text: string, english: string[], language: Language): string[] {
  const own = JSON.stringify(CATALOGS[language])
  return language === 'en' ? [] : english.filter((word) => text.includes(word) && !own.includes(word))
}

describe.each(LANGUAGES)('a receipt in %s', (language) => {
  const t = translatorFor(language)
  const order = printableOrderFixture({ language })

  it.each(['80mm', 'A4'] as const)('on %s prints every word in the language, right to left in Arabic, amounts in the shop’s format', async (paper) => {
    const html = await renderOrderHtml(order, 'receipt', paper, true)
    expect(html).toContain(`<html lang="${language}" dir="${directionOf(language)}">`)
    const text = words(html)
    for (const expected of [
      t('print.subtotal'),
      t('print.thanks'),
      t('print.kind.delivery'),
      t('print.servedBy', { name: 'Cara' }),
      t('print.change'),
      t('print.taxIncluded'),
      t('print.copy'),
      t('print.order', { number: 'A-0042' })
    ]) {
      expect(text, expected).toContain(expected)
    }
    // The shop is French: amounts stay fr-FR whatever the receipt language.
    expect(text).toContain('18,67 €')
    expect(englishLeft(text, ENGLISH_RECEIPT, language)).toEqual([])
  })

  it('order slip counts items and lines with the language’s plurals', async () => {
    const text = words(await renderOrderHtml(order, 'slip', '80mm', false))
    const items = t('print.items', { count: 6, units: '6' })
    expect(text).toContain(t('print.onLines', { count: 3, items }))
    expect(text).toContain(t('print.slip'))
  })

  it('thermal (ESC/POS) text is in the language, or English for a right-to-left one', () => {
    const thermal = translatorFor(directionOf(language) === 'rtl' ? 'en' : language)
    const receipt = decodeEscPos(receiptEscPos(order, { columns: 48, codePage: 'cp858', reprint: false, openDrawer: false })).lines.map((line) => line.trim())
    expect(receipt).toContain(thermal('print.receiptCaps'))
    expect(receipt).toContain(thermal('print.thanks'))
    const slip = decodeEscPos(slipEscPos(order, { columns: 48, codePage: 'cp858', reprint: true, openDrawer: false })).lines.map((line) => line.trim())
    expect(slip).toContain(thermal('print.slipCopyCaps'))
  })
})

describe('the Z report in each language', () => {
  let till: TestTill
  let z: ZReport
  beforeAll(async () => {
    till = openTestTill()
    await till.ok('settings.update', { shopName: 'Café Zoë', currency: 'EUR', locale: 'de-DE', timeZone: 'Europe/Berlin', taxMode: 'inclusive' })
    const [tea] = await seedProducts(till.context, [{ name: 'Tee', price: 450, stock: 50, taxRateBp: 1900 }])
    await till.ok('shifts.open', { float: { denominations: [{ value: 1000, quantity: 5 }] } })
    await sellAtCounter(till, [{ variantId: tea!.variantId, quantity: 2 }], (total) => [{ method: 'cash', amount: total, tendered: 1000 }])
    await till.ok('shifts.count', { count: { total: 58_00 } })
    z = await till.ok('shifts.close', { reason: 'Trinkgeld' })
  })
  afterAll(() => till.cleanup())

  it.each(LANGUAGES)('%s: every heading and label in the language, amounts in the shop’s format', (language: Language) => {
    const t = translatorFor(language)
    const html = renderZReportHtml(z, { paper: '80mm', reprint: false, language })
    expect(html).toContain(`dir="${directionOf(language)}"`)
    const text = words(html)
    for (const expected of [
      t('z.title', { number: 1 }),
      `${t('z.netSales')} 9,00 €`,
      `${t('z.expected')} 59,00 €`,
      `${t('z.counted')} 58,00 €`,
      `${t('z.short')} -1,00 €`,
      `${t('z.reason')}: Trinkgeld`,
      t('z.end', { number: 1 })
    ]) {
      expect(text, expected).toContain(expected)
    }
    expect(englishLeft(text, ENGLISH_Z, language)).toEqual([])
  })

  it('the shop’s receipt language is what shifts.zPreview prints', async () => {
    await till.ok('settings.update', { receiptLanguage: 'es' })
    const preview = await till.ok('shifts.zPreview', { number: 1, paper: '58mm' })
    expect(words(preview.html)).toContain('Informe Z 1')
    const thermal = decodeEscPos(renderZReportEscPos(z, { columns: 48, codePage: 'cp858', reprint: true, language: 'de' })).lines.map((line) => line.trim())
    expect(thermal).toContain('Z-BERICHT 1')
    expect(thermal).toContain('KOPIE')
  })
})
