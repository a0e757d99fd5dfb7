import { afterEach, describe, expect, it } from 'vitest'
import type { AppErrorData } from '../../../shared/errors'
import { i18n } from '../i18n/i18n'
import { fieldErrors, showError } from './errors'

const refusal: AppErrorData = {
  code: 'VALIDATION',
  message: 'name: Too small: expected string to have >=1 characters',
  issues: [
    { path: 'name', message: 'Too small: expected string to have >=1 characters', rule: 'too_small', limit: 1 },
    { path: 'note', message: 'That looks like a card number', rule: 'card_number' },
    { path: 'kind', message: 'Invalid option', rule: 'invalid_value' },
    { path: 'odd', message: 'Something custom', rule: 'custom' }
  ]
}

describe('field messages beside the inputs', () => {
  afterEach(() => i18n.changeLanguage('en'))

  it('keep main’s own sentence on an English screen', async () => {
    await i18n.changeLanguage('en')
    expect(fieldErrors(refusal).name).toBe('Too small: expected string to have >=1 characters.')
  })

  it.each([
    ['de', 'Das muss mindestens 1 sein.', 'Wählen Sie einen der angebotenen Werte.', 'Bitte diesen Wert prüfen.'],
    ['ar', 'يجب ألا تقل هذه القيمة عن 1.', 'اختر إحدى القيم المعروضة.', 'تحقق من هذه القيمة.']
  ])('come from the rule broken, in %s', async (language, name, kind, odd) => {
    await i18n.changeLanguage(language)
    const fields = fieldErrors(refusal)
    expect(fields).toMatchObject({ name, kind, odd })
    expect(fields.note).not.toContain('card number')
    expect(showError({ ...refusal, issues: refusal.issues!.slice(0, 1) }).sentence).toBe(name)
  })
})
