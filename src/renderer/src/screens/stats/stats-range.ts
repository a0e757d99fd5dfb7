import { daysInRange, MAX_STATS_DAYS } from '../../../../shared/stats'
import { sameData } from '../../lib/same-data'
import { t } from '../../i18n/i18n'

/** The ranges the screen offers; a custom one is any two days the shopkeeper picks. */
export type RangeChoice = { kind: 'today' } | { kind: 'last'; days: 7 | 30 | 365 } | { kind: 'custom'; from: string; to: string }

export const PRESETS: ReadonlyArray<{ choice: RangeChoice; label: string; testId: string }> = [
  {
    choice: { kind: 'today' },
    get label() {
      return t('stats.today')
    },
    testId: 'stats-range-today'
  },
  {
    choice: { kind: 'last', days: 7 },
    get label() {
      return t('stats.x7Days')
    },
    testId: 'stats-range-7'
  },
  {
    choice: { kind: 'last', days: 30 },
    get label() {
      return t('stats.x30Days')
    },
    testId: 'stats-range-30'
  },
  {
    choice: { kind: 'last', days: 365 },
    get label() {
      return t('stats.year')
    },
    testId: 'stats-range-365'
  }
]

/** A calendar day moved by whole days, by the calendar alone (no time zone involved). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The first and last day of a choice, both included, counted back from the shop's today. */
export function resolveRange(choice: RangeChoice, today: string): { from: string; to: string } {
  switch (choice.kind) {
    case 'today':
      return { from: today, to: today }
    case 'last':
      return { from: addDays(today, 1 - choice.days), to: today }
    case 'custom':
      return { from: choice.from, to: choice.to }
  }
}

/** Why a custom range cannot be asked for, in words, or null when it can. */
export function rangeProblem(from: string, to: string): string | null {
  if (!from || !to) return t('stats.pickTheFirstAnd')
  if (from > to) return t('stats.theLastDayCannot')
  if (daysInRange(from, to) > MAX_STATS_DAYS) return t('stats.aRangeCoversAt', { count: MAX_STATS_DAYS })
  return null
}

export function sameChoice(a: RangeChoice, b: RangeChoice): boolean {
  return sameData(a, b)
}

/** "Today", "Last 30 days", or "1 Mar 2026 – 15 Mar 2026" in the shop's locale. */
export function rangeLabel(choice: RangeChoice, range: { from: string; to: string }, locale: string): string {
  if (choice.kind === 'today') return t('stats.today')
  if (choice.kind === 'last') return choice.days === 365 ? t('stats.last365Days') : t('stats.lastDays', { count: choice.days })
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  const day = (text: string) => format.format(new Date(`${text}T00:00:00Z`))
  return range.from === range.to ? day(range.from) : `${day(range.from)} – ${day(range.to)}`
}
