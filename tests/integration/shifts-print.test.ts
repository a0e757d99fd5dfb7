import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderZReportEscPos } from '../../src/main/shifts/z-print'
import { currencyDigits } from '../../src/shared/currency'
import { LANGUAGES, SHOP_LOCALES } from '../../src/shared/i18n/languages'
import { decodeEscPos } from '../support/escpos-decode'
import { startFakeThermalPrinter, type FakeThermalPrinter } from '../support/fake-thermal-printer'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'

let till: TestTill
let printer: FakeThermalPrinter

beforeEach(async () => {
  till = openTestTill()
  printer = await startFakeThermalPrinter()
  await till.ok('settings.update', { shopName: 'Café Zoë', currency: 'EUR', locale: 'fr-FR', timeZone: 'Europe/Paris', taxMode: 'inclusive' })
  const [tea] = await seedProducts(till.context, [{ name: 'Thé', price: 450, stock: 50, taxRateBp: 1000 }])
  await till.ok('shifts.open', { float: { denominations: [{ value: 1000, quantity: 5 }] } })
  await sellAtCounter(till, [{ variantId: tea!.variantId, quantity: 2 }], (total) => [{ method: 'cash', amount: total, tendered: 1000 }])
  await till.ok('shifts.count', { count: { total: 58_00 } })
  await till.ok('shifts.close', { reason: 'Tip jar counted in' })
})

afterEach(async () => {
  await till.cleanup()
  await printer.close()
})

describe('the Z report printed', () => {
  it('on 58 mm, 80 mm and A4 shows every block, and a reprint differs only by its COPY mark', async () => {
    for (const paper of ['58mm', '80mm', 'A4'] as const) {
      const first = await till.ok('shifts.zPreview', { number: 1, paper })
      expect(first.paper).toBe(paper)
      const text = first.html
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
      const link = till.sqlite.prepare("SELECT hash FROM sales_chain WHERE kind = 'z' AND ref_id = 1").get() as { hash: string }
      for (const expected of [
        'Z report 1',
        'Café Zoë',
        'Net sales 9,00 €',
        '10% net 8,18 €',
        '10% tax 0,82 €',
        'Expected 59,00 €',
        'Counted 58,00 €',
        'Short -1,00 €',
        'Reason: Tip jar counted in',
        'Grand total 9,00 €',
        `Sales chain ${link.hash.slice(0, 16)}`
      ]) {
        expect(text, paper).toContain(expected)
      }
      expect(first.html).not.toContain('COPY')
      const copy = await till.ok('shifts.zPreview', { number: 1, paper, reprint: true })
      expect(copy.html.replace(' <span class="copy-mark">COPY</span>', ' ')).toBe(first.html)
    }
  })

  it('on a network thermal printer in ESC/POS, the same lines, marked COPY on a reprint', async () => {
    await till.ok('print.updateSettings', { printerKind: 'network', networkHost: '127.0.0.1', networkPort: printer.port, paper: '80mm', codePage: 'cp858' })
    await till.ok('shifts.zPrint', { number: 1, reprint: false })
    await till.ok('shifts.zPrint', { number: 1 })
    const [first, copy] = (await printer.waitForJobs(2)).map(decodeEscPos)
    expect(first!.lines.map((line) => line.trim())).toContain('Z REPORT 1')
    expect(first!.lines.some((line) => /^Expected\s+59,00 €$/.test(line))).toBe(true)
    expect(first!.lines.some((line) => /^Short\s+-1,00 €$/.test(line))).toBe(true)
    expect(first!.cuts).toBe(1)
    expect(copy!.lines.filter((line) => line.trim() !== 'COPY')).toEqual(first!.lines)
    expect(copy!.lines.some((line) => line.trim() === 'COPY')).toBe(true)
  })

  it('prints letters the shop code page lacks from another page, and the rest in the shop page alone', async () => {
    const z = await till.ok('shifts.zGet', { number: 1 })
    const plain = decodeEscPos(renderZReportEscPos(z, { columns: 48, codePage: 'cp858', reprint: false, language: 'en' }))
    expect(plain.codePagesUsed).toEqual(['cp858'])
    const cyrillic = decodeEscPos(
      renderZReportEscPos({ ...z, shop: { ...z.shop, name: 'Пирожки' } }, { columns: 48, codePage: 'cp858', reprint: false, language: 'en' })
    )
    expect(cyrillic.lines.map((line) => line.trim())).toContain('Пирожки')
    expect(cyrillic.lines.slice(1)).toEqual(plain.lines.slice(1))
  })

  it('prints every amount in ASCII digits, with the ISO code where the code page lacks the sign, in every locale', async () => {
    const z = await till.ok('shifts.zGet', { number: 1 })
    for (const locale of [...SHOP_LOCALES, ...LANGUAGES]) {
      for (const currency of ['JPY', 'AED', 'KWD']) {
        const lines = decodeEscPos(
          renderZReportEscPos(
            { ...z, locale, currency, currencyDigits: currencyDigits(currency) },
            { columns: 48, codePage: 'cp858', reprint: false, language: 'ar' }
          )
        ).lines
        expect(
          lines.filter((line) => line.includes('?')),
          `${locale} ${currency}`
        ).toEqual([])
        // Net sales of 900 minor units: 900 yen, 9.00 dirhams, 0.900 dinars, whatever the locale's separators.
        const net = lines.find((line) => line.startsWith('Net sales')) ?? ''
        expect(net.replace(/[^0-9]/g, '').replace(/^0+/, ''), `${locale} ${currency} ${net}`).toBe('900')
      }
    }
    const yen = decodeEscPos(
      renderZReportEscPos({ ...z, locale: 'ja-JP', currency: 'JPY', currencyDigits: 0 }, { columns: 48, codePage: 'cp858', reprint: false, language: 'en' })
    )
    expect(yen.lines.some((line) => /^Net sales\s+¥900$/.test(line))).toBe(true)
  })

  it('refuses to print with no printer set, with its code', async () => {
    const refused = await till.call('shifts.zPrint', { number: 1 })
    expect(refused.ok || refused.error.code).toBe('PRINT_FAILED')
  })
})
