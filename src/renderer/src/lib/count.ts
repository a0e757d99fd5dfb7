import { t } from '../i18n/i18n'
import { asciiDigits } from './digits'

export type CountParse = { ok: true; value: number } | { ok: false; message: string }

/** A whole number of units typed by the shopkeeper: "12", "+5" or (when allowed) "-3". */
export function parseCountInput(text: string, { allowNegative = false, label = t('input.count.quantity') } = {}): CountParse {
  const trimmed = asciiDigits(text).trim()
  if (trimmed === '') return { ok: false, message: t('input.count.required', { label }) }
  const match = /^([+-]?)(\d{1,10})$/.exec(trimmed)
  if (!match) return { ok: false, message: t('input.count.whole', { label }) }
  if (match[1] === '-' && !allowNegative) return { ok: false, message: t('input.count.negative', { label }) }
  const value = Number(match[2]) * (match[1] === '-' ? -1 : 1)
  if (Math.abs(value) > 1_000_000_000) return { ok: false, message: t('input.count.tooLarge', { label }) }
  return { ok: true, value }
}
