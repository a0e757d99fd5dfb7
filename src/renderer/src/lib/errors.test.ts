import { afterEach, describe, expect, it } from 'vitest'
import type { AppErrorData } from '../../../shared/errors'
import { i18n } from '../i18n/i18n'
import { fieldErrors, localRefusal, showError } from './errors'

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
})
