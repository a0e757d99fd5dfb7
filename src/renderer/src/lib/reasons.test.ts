import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppErrorData } from '../../../shared/errors'
import { reason } from '../../../shared/reasons'
import { DEFAULT_SETTINGS, shopSettingsSchema } from '../../../shared/settings'
import { i18n } from '../i18n/i18n'
import { useSettingsStore } from '../stores/settings-store'
import { fieldErrors, inScreenLanguage, reasonSentence } from './errors'

const expired = reason('coupon.expired', { code: 'SPRING', until: '2026-03-02' })
const minSpend = reason('coupon.minSpend', { code: 'CHEESE5', minSpend: 2000 })
const notAmount = reason('csv.notAmount', { text: 'abc', example: '2,50' })
const extraCells = reason('csv.extraCells', { count: 2 })
const skuTwin = reason('csv.skuTwin', { sku: 'CAF-1', line: 12_345 })
const fieldRule = reason('csv.field', { path: 'name', message: 'Name is required', rule: 'too_small', limit: 1, unit: 'characters' })

describe('reasons main sends as a code, worded by the screen', () => {
  beforeEach(() => {
    useSettingsStore.setState({ settings: { ...shopSettingsSchema.parse({ ...DEFAULT_SETTINGS, currency: 'EUR', locale: 'de-DE' }), currencyDigits: 2 } })
  })
  afterEach(async () => {
    useSettingsStore.setState({ settings: null })
    await i18n.changeLanguage('en')
  })

  it('say coupon and CSV problems in English with the shop’s money and number formats', async () => {
    await i18n.changeLanguage('en')
    expect(reasonSentence(expired)).toBe('Coupon SPRING expired on 2026-03-02.')
    expect(reasonSentence(minSpend)).toBe('Coupon CHEESE5 needs a spend of at least 20,00\u00a0€.')
    expect(reasonSentence(notAmount)).toBe('"abc" is not an amount: write it with digits, such as 2,50')
    expect(reasonSentence(extraCells)).toMatch(/^The row has 2 more filled cells than the header/)
    expect(reasonSentence(skuTwin)).toBe('SKU CAF-1 is also on line 12.345')
    expect(reasonSentence(fieldRule)).toBe('Name is required.')
  })

  it('say them in German, the plural and a schema rule included', async () => {
    await i18n.changeLanguage('de')
    expect(reasonSentence(expired)).toBe('Gutschein SPRING ist am 2026-03-02 abgelaufen.')
    expect(reasonSentence(minSpend)).toBe('Gutschein CHEESE5 gilt erst ab einem Einkauf von 20,00\u00a0€.')
    expect(reasonSentence(notAmount)).toBe('„abc“ ist kein Betrag: Schreiben Sie ihn in Ziffern, etwa 2,50')
    expect(reasonSentence(reason('csv.extraCells', { count: 1 }))).toMatch(/^Die Zeile hat 1 gefüllte Zelle mehr/)
    expect(reasonSentence(extraCells)).toMatch(/^Die Zeile hat 2 gefüllte Zellen mehr/)
    expect(reasonSentence(fieldRule)).toBe('Das darf nicht leer bleiben.')
  })

  it('word a refusal that carries a reason on every screen, keeping main’s sentence for support', async () => {
    const refused: AppErrorData = { code: 'COUPON_INVALID', message: 'Coupon SPRING expired on 2026-03-02.', reason: expired }
    await i18n.changeLanguage('ar')
    expect(inScreenLanguage(refused)).toMatchObject({
      message: 'انتهت صلاحية القسيمة SPRING في 2026-03-02.',
      details: { mainMessage: 'Coupon SPRING expired on 2026-03-02.' }
    })
    const onField: AppErrorData = { code: 'VALIDATION', message: 'x', issues: [{ path: 'code', message: 'x', reason: expired }] }
    await i18n.changeLanguage('de')
    expect(fieldErrors(onField)).toEqual({ code: 'Gutschein SPRING ist am 2026-03-02 abgelaufen.' })
    const domain: AppErrorData = {
      code: 'VALIDATION',
      message: 'Soap is sold by the piece, not by weight.',
      issues: [{ path: 'quantity', message: 'Soap is sold by the piece, not by weight.', reason: reason('cart.soldByPiece', { name: 'Soap' }) }]
    }
    expect(fieldErrors(domain)).toEqual({ quantity: 'Soap wird nach Stück verkauft, nicht nach Gewicht.' })
    await i18n.changeLanguage('en')
    expect(fieldErrors(domain)).toEqual({ quantity: 'Soap is sold by the piece, not by weight.' })
  })
})
