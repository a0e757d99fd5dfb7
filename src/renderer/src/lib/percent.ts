import { currentLanguage, t } from '../i18n/i18n'
import { minorUnitsToDecimal } from './money'

export type PercentParse = { ok: true; basisPoints: number } | { ok: false; message: string }

/** "20" → 2000, "5.5" or "5,5" → 550 basis points, read from the digits (never through a float). */
export function parsePercentInput(text: string): PercentParse {
  const match = /^(\d{1,3})(?:[.,](\d{0,2}))?\s*%?$/.exec(text.trim())
  if (!match) return { ok: false, message: t('input.percent.invalid', { example: new Intl.NumberFormat(currentLanguage()).format(5.5) }) }
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  if (basisPoints > 10_000) return { ok: false, message: t('input.percent.tooLarge') }
  return { ok: true, basisPoints }
}

/** 2000 → "20", 550 → "5.5": the text a percentage input starts with. */
export function percentInputText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100)
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : String(whole)
}

/** 2000 → "20%", 550 → "5.5%" in the shop's locale. */
export function formatBasisPoints(basisPoints: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(minorUnitsToDecimal(basisPoints, 4))
}
