import { afterEach, describe, expect, it } from 'vitest'
import type { AppErrorData } from '../../../shared/errors'
import { i18n } from '../i18n/i18n'
import { schemaMessageRef } from '../../../shared/i18n/schema-message'
import { printSettingsSchema } from '../../../shared/print'
import { shopSettingsSchema } from '../../../shared/settings'
import { newPinSchema } from '../../../shared/staff'
import type { z } from 'zod'
import { fieldErrors, localRefusal, showError } from './errors'

/** A refusal of a real schema as main sends it: each schema sentence with its key and values (issue-data.ts). */
function refusalOf(schema: z.ZodType, input: unknown): AppErrorData {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error('expected a refusal')
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    rule: issue.code,
    ...schemaMessageRef(issue.message)
  }))
  return { code: 'VALIDATION', message: issues[0]?.message ?? '', issues }
}

const refusal: AppErrorData = {
  code: 'VALIDATION',
  message: 'name: A product needs a name',
  issues: [
    { path: 'name', message: 'A product needs a name', rule: 'too_small', limit: 1, unit: 'characters' },
    { path: 'note', message: 'That looks like a card number', rule: 'card_number' },
    { path: 'kind', message: 'Invalid option', rule: 'invalid_value' },
    { path: 'odd', message: 'Something custom', rule: 'custom' },
    { path: 'sku', message: 'Too big: expected string to have <=40 characters', rule: 'too_big', limit: 40, unit: 'characters', generic: true },
    { path: 'rate', message: 'Too small: expected number to be >0', rule: 'too_small', limit: 0, unit: 'number', exclusive: true, generic: true },
    { path: 'weight', message: 'Too big: expected number to be <=1500', rule: 'too_big', limit: 1500, unit: 'number', generic: true },
    { path: 'tags', message: 'Too small: expected array to have >=2 items', rule: 'too_small', limit: 2, unit: 'items', generic: true },
    { path: 'price', message: 'Amount is too large', rule: 'too_big', unit: 'amount' },
    { path: 'shop', message: 'Invalid input: expected string, received undefined', rule: 'required', generic: true }
  ]
}

describe('field messages beside the inputs', () => {
  afterEach(() => i18n.changeLanguage('en'))

  it('keep main’s own sentence on an English screen, and say zod’s generic wording as the rule', async () => {
    await i18n.changeLanguage('en')
    expect(fieldErrors(refusal)).toMatchObject({
      name: 'A product needs a name.',
      sku: 'Use at most 40 characters.',
      rate: 'This must be more than 0.',
      weight: 'This can be at most 1,500.',
      tags: 'Add at least 2.',
      price: 'Amount is too large.',
      shop: 'Fill this in.'
    })
  })

  it.each([
    [
      'de',
      'Das darf nicht leer bleiben.',
      'Wählen Sie einen der angebotenen Werte.',
      'Bitte diesen Wert prüfen.',
      'Höchstens 40 Zeichen eingeben.',
      'Das darf höchstens 1.500 sein.',
      'Dieser Betrag ist zu groß.'
    ],
    [
      'ar',
      'لا يمكن ترك هذا فارغًا.',
      'اختر إحدى القيم المعروضة.',
      'تحقق من هذه القيمة.',
      'اكتب 40 حرفًا على الأكثر.',
      `يجب ألا تزيد هذه القيمة على ${new Intl.NumberFormat('ar').format(1500)}.`,
      'هذا المبلغ كبير جدًا.'
    ]
  ])('come from the rule broken and name what the bound counts, in %s', async (language, name, kind, odd, sku, weight, price) => {
    await i18n.changeLanguage(language)
    const fields = fieldErrors(refusal)
    expect(fields).toMatchObject({ name, kind, odd, sku, weight, price })
    expect(fields.note).not.toContain('card number')
    expect(showError({ ...refusal, issues: refusal.issues!.slice(0, 1) }).sentence).toBe(name)
  })

  it('keep a message the screen wrote itself, already in its language, on a German or Arabic screen', async () => {
    for (const language of ['de', 'ar']) {
      await i18n.changeLanguage(language)
      const message = i18n.t('input.count.required', { label: i18n.t('products.stock.field.received') })
      expect(fieldErrors(localRefusal('delta', message)).delta).toBe(`${message}.`)
      expect(showError(localRefusal('delta', message)).sentence).toBe(`${message}.`)
      // Without the mark the same message reads as a main refusal without a rule: "check this value".
      expect(fieldErrors({ code: 'VALIDATION', message, issues: [{ path: 'delta', message }] }).delta).toBe(i18n.t('errors.field.other'))
    }
  })

  it('say the refusal’s code for a domain issue without a rule, on a German screen', async () => {
    await i18n.changeLanguage('de')
    const locked: AppErrorData = {
      code: 'CURRENCY_LOCKED',
      message: 'The currency is locked',
      issues: [{ path: 'currency', message: 'The currency is locked' }]
    }
    expect(fieldErrors(locked).currency).toBe(i18n.t('errors.code.CURRENCY_LOCKED'))
    expect(fieldErrors(locked).currency).not.toBe(i18n.t('errors.field.other'))
  })

  it('say a schema’s own sentence with its values in German and Arabic, not the rule’s general sentence', async () => {
    const shop = shopSettingsSchema.partial()
    const settings = refusalOf(shop, { holdMinutes: 2, autoLockMinutes: 500, orderPrefix: 'TOO-LONG-PREFIX', receiptFooter: 'a\nb\nc\nd\ne\nf\ng' })
    const port = refusalOf(printSettingsSchema.partial(), { networkPort: 70_000 })
    const pin = refusalOf(newPinSchema, '1111')
    const expected = {
      en: [
        'Hold time is at least 5 minutes.',
        'Auto-lock is at most 240 minutes.',
        'Order prefix is 1 to 6 letters or digits.',
        'The receipt footer is at most 6 lines.',
        'Port is between 1 and 65535.',
        'A PIN of one digit repeated is too easy to guess.'
      ],
      de: [
        'Die Haltezeit beträgt mindestens 5 Minuten.',
        'Die automatische Sperre beträgt höchstens 240 Minuten.',
        'Das Bestellpräfix hat 1 bis 6 Buchstaben oder Ziffern.',
        'Die Fußzeile des Belegs hat höchstens 6 Zeilen.',
        'Der Port liegt zwischen 1 und 65535.',
        'Eine PIN aus einer wiederholten Ziffer ist zu leicht zu erraten.'
      ],
      ar: [
        'مدة الحجز 5 دقائق على الأقل.',
        'القفل التلقائي 240 دقيقة على الأكثر.',
        'بادئة الطلب من 1 إلى 6 أحرف أو أرقام.',
        'تذييل الإيصال 6 أسطر على الأكثر.',
        'المنفذ بين 1 و65535.',
        'الرمز السري المكوّن من رقم واحد مكرر سهل التخمين جدًا.'
      ]
    }
    for (const [language, [hold, lock, prefix, footer, networkPort, trivial]] of Object.entries(expected)) {
      await i18n.changeLanguage(language)
      expect(fieldErrors(settings)).toEqual({ holdMinutes: hold, autoLockMinutes: lock, orderPrefix: prefix, receiptFooter: footer })
      expect(fieldErrors(port)).toEqual({ networkPort })
      expect(showError(pin).sentence).toBe(trivial)
      if (language !== 'en') expect(fieldErrors(settings).holdMinutes).not.toBe(i18n.t('errors.field.too_smallLimit', { limit: 5 }))
    }
  })
})
