import type { CashCount } from '../../../../shared/shifts'
import { denominationsOf } from '../../../../shared/denominations'
import { MoneyInput, useMoneyParser } from '../../components/MoneyInput'
import { SegmentedControl } from '../../components/SegmentedControl'
import { useFormatMoney } from '../../components/Money'
import { useShopSettings } from '../../stores/settings-store'
import { useTranslation } from 'react-i18next'

export interface CountDraft {
  mode: 'total' | 'notes'
  total: string
  /** Quantities as typed, by note or coin value. */
  quantities: Record<number, string>
}

export const EMPTY_COUNT: CountDraft = { mode: 'total', total: '', quantities: {} }

/** The draft as the API takes it; a typing mistake stays a string for zod to refuse with its own words. */
export function useCountOf(): (draft: CountDraft) => { count: CashCount; total: number } | { problem: string } {
  const parse = useMoneyParser()
  const { t } = useTranslation()
  return (draft) => {
    if (draft.mode === 'total') {
      const parsed = parse(draft.total)
      return parsed.ok ? { count: { total: parsed.amount }, total: parsed.amount } : { problem: parsed.message }
    }
    const denominations = Object.entries(draft.quantities)
      .filter(([, text]) => text.trim() !== '')
      .map(([value, text]) => ({ value: Number(value), quantity: Number(text) }))
    if (denominations.length === 0) return { problem: t('shift.countOneNoteOrCoin') }
    const total = denominations.reduce((sum, d) => sum + d.value * (Number.isFinite(d.quantity) ? d.quantity : 0), 0)
    return { count: { denominations }, total }
  }
}

/** A count of the drawer: one total, or how many of each note and coin of the shop currency. */
export function CashCountFields({ draft, onChange, testId, label }: { draft: CountDraft; onChange(draft: CountDraft): void; testId: string; label: string }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const money = useFormatMoney()
  const denominations = denominationsOf(settings.currency)
  const countOf = useCountOf()
  const counted = countOf(draft)
  return (
    <div className="stack cash-count" data-testid={testId}>
      {denominations.length > 0 ? (
        <SegmentedControl
          label={t('shift.countAs')}
          value={draft.mode}
          onChange={(mode) => onChange({ ...draft, mode })}
          choices={[
            { value: 'total', label: t('shift.aTotal') },
            { value: 'notes', label: t('shift.notesAndCoins') }
          ]}
          testId={`${testId}-mode`}
        />
      ) : null}
      {draft.mode === 'total' || denominations.length === 0 ? (
        <MoneyInput label={label} value={draft.total} onChange={(total) => onChange({ ...draft, total })} testId={`${testId}-total`} data-autofocus />
      ) : (
        <>
          <div className="cash-count__grid">
            {denominations.map((denomination) => (
              <label key={denomination.value} className="cash-count__cell">
                <span className={`cash-count__face cash-count__face--${denomination.kind}`}>{money(denomination.value)}</span>
                <input
                  className="input"
                  inputMode="numeric"
                  value={draft.quantities[denomination.value] ?? ''}
                  onChange={(event) => onChange({ ...draft, quantities: { ...draft.quantities, [denomination.value]: event.target.value } })}
                  aria-label={
                    denomination.kind === 'note'
                      ? t('shift.howManyNotes', { value: money(denomination.value) })
                      : t('shift.howManyCoins', { value: money(denomination.value) })
                  }
                  data-testid={`${testId}-qty-${denomination.value}`}
                />
              </label>
            ))}
          </div>
          <p className="cash-count__sum" data-testid={`${testId}-sum`}>
            {t('shift.countedSum')} <strong>{'total' in counted ? money(counted.total) : '—'}</strong>
          </p>
        </>
      )}
    </div>
  )
}
