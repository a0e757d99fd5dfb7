import { describe, expect, it } from 'vitest'
import { receiptEscPos, slipEscPos, testPageEscPos, ThermalDocument } from '../../src/main/print/escpos/render-escpos'
import { formatThermalMoney, thermalMoneyContext } from '../../src/main/print/escpos/thermal-money'
import { fitsCodePage, thermalText } from '../../src/main/print/escpos/thermal-text'
import { formatMoney, minorToDecimal } from '../../src/main/print/format'
import { cashSlip } from '../../src/main/shifts/cash-slip'
import { currencyDigits } from '../../src/shared/currency'
import { LANGUAGES, SHOP_LOCALES } from '../../src/shared/i18n/languages'
import { CODE_PAGES, type CodePage } from '../../src/shared/print'
import { DEFAULT_SETTINGS } from '../../src/shared/settings'
import { decodeEscPos } from '../support/escpos-decode'
import { printableOrderFixture } from '../support/printable-order-fixture'
import { soak } from '../support/soak'

/** Every locale a shop can pick (the Settings list and the bare languages) and every currency it can pick. */
const LOCALES = [...SHOP_LOCALES, ...LANGUAGES]
const CURRENCIES = Intl.supportedValuesOf('currency')
const AMOUNTS = [0, 5, -250, 123_456_789, -1_000_000_000_000]

/** Currencies that print differently: no minor digits (JPY), three (KWD), a sign most pages lack (INR), Arabic script (AED). */
const SOME_CURRENCIES = ['USD', 'EUR', 'JPY', 'KWD', 'AED', 'INR']
/** Locales that write amounts differently: sign after the number, a space to group, Arabic digits. */
const SOME_LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ar-EG', 'ja-JP']

/**
 * Every locale with every currency under `npm run test:soak`; the everyday run takes every locale
 * with a few currencies and every currency with a few locales.
 */
const PAIRS: Array<readonly [string, string]> = soak(
  [
    ...LOCALES.flatMap((locale) => SOME_CURRENCIES.map((currency) => [locale, currency] as const)),
    ...SOME_LOCALES.flatMap((locale) => CURRENCIES.filter((currency) => !SOME_CURRENCIES.includes(currency)).map((currency) => [locale, currency] as const))
  ],
  LOCALES.flatMap((locale) => CURRENCIES.map((currency) => [locale, currency] as const))
)

/** The digits of an amount as its currency writes it: 123456789 in KWD is 123456.789, in USD 1234567.89. */
const digitsOf = (amount: number, digits: number) => minorToDecimal(Math.abs(amount), digits).replace('.', '')

/** The whole product of locales and currencies (test:soak) took over 30 s on the loaded 2-core machine. */
const LONG_RUN_MS = 180_000

const contextOf = (locale: string, currency: string) => ({ locale, currency, currencyDigits: currencyDigits(currency) })

describe('amounts on ESC/POS documents', () => {
  it(
    'are printable on every code page for every locale and currency (soak; the pairs above in the everyday run): ASCII digits, the sign or else the ISO code',
    () => {
      const problems: string[] = []
      for (const [locale, currency] of PAIRS) {
        const context = contextOf(locale, currency)
        const printed = new Map<string, string[]>()
        for (const { id: codePage } of CODE_PAGES) {
          const display = thermalMoneyContext(context, codePage).currencyDisplay ?? 'symbol'
          let texts = printed.get(display)
          if (!texts) {
            texts = AMOUNTS.map((amount) => thermalText(formatThermalMoney(amount, context, codePage)))
            printed.set(display, texts)
            AMOUNTS.forEach((amount, index) => {
              const text = texts?.[index] ?? ''
              // No digit is lost or foreign: the ASCII digits read back as the amount, a minus only on a negative.
              const digitsRight = text.replace(/[^0-9]/g, '').endsWith(digitsOf(amount, context.currencyDigits))
              if (!digitsRight || /\p{Nd}/u.test(text.replace(/[0-9]/g, '')) || text.includes('-') !== amount < 0) {
                problems.push(`${locale} ${currency} ${display} ${amount}: ${text}`)
              }
            })
          }
          if (!fitsCodePage(texts, codePage)) problems.push(`${locale} ${currency} ${codePage}: ${texts.join(' | ')}`)
        }
      }
      expect(problems).toEqual([])
    },
    LONG_RUN_MS
  )

  it(
    'encode to bytes with no ? substitution and read back as the amounts, for every locale and currency (soak; the pairs above in the everyday run)',
    () => {
      for (const codePage of ['cp858', 'cp437', 'windows1256'] satisfies CodePage[]) {
        const expected = [...new Set(PAIRS.map(([locale, currency]) => thermalText(formatThermalMoney(-123_456_789, contextOf(locale, currency), codePage))))]
        const doc = new ThermalDocument(48, codePage)
        for (const text of expected) doc.line(text)
        const printed = decodeEscPos(doc.finish(false)).lines
        expect(
          printed.filter((line) => line.includes('?')),
          codePage
        ).toEqual([])
        expect(printed.slice(0, expected.length), codePage).toEqual(expected)
      }
    },
    LONG_RUN_MS
  )

  it('print ja-JP yen as a narrow ¥ where the page has it, Arabic locales in Latin digits with the ISO code', () => {
    const yen = contextOf('ja-JP', 'JPY')
    expect(formatMoney(2500, yen)).toBe('￥2,500')
    expect(thermalText(formatThermalMoney(2500, yen, 'cp858'))).toBe('¥2,500')
    expect(thermalText(formatThermalMoney(2500, yen, 'cp866'))).toBe('JPY 2,500')
    expect(formatMoney(1375, contextOf('ar-EG', 'EGP'))).toMatch(/١٣٫٧٥/)
    expect(thermalText(formatThermalMoney(1375, contextOf('ar-EG', 'EGP'), 'cp864'))).toBe('13.75 EGP')
    expect(thermalText(formatThermalMoney(-1375, contextOf('ar', 'KWD'), 'windows1256'))).toBe('-1.375 KWD')
    expect(thermalText(formatThermalMoney(123_456, contextOf('fr-FR', 'EUR'), 'cp858'))).toBe('1 234,56 €')
    expect(thermalText(formatThermalMoney(123_456, contextOf('fr-FR', 'EUR'), 'cp437'))).toBe('1 234,56 EUR')
    expect(thermalText(formatThermalMoney(9900, contextOf('en-IN', 'INR'), 'cp858'))).toBe('INR 99.00')
    expect(thermalMoneyContext(contextOf('he-IL', 'ILS'), 'windows1255').currencyDisplay).toBe('symbol')
  })

  it('leave no ? in the receipt, the kitchen slip, the test page and the cash slip in any locale (the Z: shifts-print.test.ts)', () => {
    const lines = printableOrderFixture().lines.map((line, index) => ({ ...line, name: `Item ${index + 1}`, variantLabel: '', quantity: 1234.5 }))
    const base = { lines, shop: { name: 'Shop', address: 'Street 1', phone: '', taxNumber: '' }, deliveryAddress: 'Street 2', customerName: 'Ann', notes: '' }
    const unprintable = (bytes: Uint8Array) => decodeEscPos(bytes).lines.filter((line) => line.includes('?'))
    const options = { columns: 48, codePage: 'cp858', reprint: false, openDrawer: false } as const
    const cases = [
      ['JPY', 'en'],
      ['AED', 'ar'],
      ['KWD', 'fr'],
      ['INR', 'de'],
      ['EUR', 'es']
    ] as const
    // Every locale once under `npm run test:soak` (the few above and the bare languages in the everyday run), the
    // currency and receipt language taking turns (the amounts alone are checked for the pairs above).
    soak([...SOME_LOCALES, ...LANGUAGES], LOCALES).forEach((locale, index) => {
      const [currency, language] = cases[index % cases.length] ?? cases[0]
      const where = `${locale} ${currency} ${language}`
      const order = printableOrderFixture({ ...base, locale, currency, currencyDigits: currencyDigits(currency), language })
      const receipt = decodeEscPos(receiptEscPos(order, options)).lines
      expect(
        receipt.filter((line) => line.includes('?')),
        where
      ).toEqual([])
      expect(
        receipt.some((line) => line.endsWith(` ${thermalText(formatThermalMoney(order.total, order, 'cp858'))}`)),
        where
      ).toBe(true)
      const slip = decodeEscPos(slipEscPos(order, options)).lines
      expect(slip, where).toContain(`[ ] ${thermalText(new Intl.NumberFormat(`${locale}-u-nu-latn`, { maximumFractionDigits: 3 }).format(1234.5))} x Item 1`)
      const testPage = testPageEscPos({ shop: order.shop, printer: 'P', paper: '80mm', printedAt: order.createdAt, money: order }, options)
      expect(unprintable(testPage), where).toEqual([])
      const settings = { ...DEFAULT_SETTINGS, locale, currency, currencyDigits: currencyDigits(currency), shopName: 'Shop', receiptLanguage: language }
      const movement = {
        id: 1,
        shiftId: 1,
        kind: 'paid_out',
        amount: 123_456,
        reason: 'Milk',
        drawerShort: false,
        approvedBy: null,
        at: 0,
        by: { id: 's1', name: 'Ann' }
      } as const
      expect(unprintable(cashSlip(movement, settings).escpos(options)), where).toEqual([])
    })
  })
})
