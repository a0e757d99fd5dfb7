import type { TFunction } from 'i18next'
import { MONEY_PARAMS, type Reason } from '../reasons'

/** How a screen (or main, for its logs) writes a reason's values: money and counts in its locale. */
export interface ReasonFormats {
  money(minor: number): string
  count(value: number): string
  /** A schema rule a CSV row broke, said as that rule's field message. */
  field(params: Extract<Reason, { code: 'csv.field' }>['params']): string
}

/**
 * A reason's sentence in `t`'s language. `count` stays a number: i18next picks the plural form
 * from it (and Intl.PluralRules writes it).
 */
export function sayReason(t: TFunction, { code, params }: Reason, formats: ReasonFormats): string {
  if (code === 'csv.field') return formats.field(params)
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'number' || name === 'count') values[name] = value
    else values[name] = MONEY_PARAMS.has(name) ? formats.money(value) : formats.count(value)
  }
  return t(`errors.reason.${code}`, values)
}
