import { quickCashAmounts } from '../../../shared/denominations'
import { moneyInputText } from '../lib/money'
import { useShopSettings } from '../stores/settings-store'
import { Money } from './Money'
import { useTranslation } from 'react-i18next'

interface QuickCashProps {
  /** The cash to take for the payment (its amount to the smallest coin), or null while it does not read. */
  amount: number | null
  /** Sets what the customer handed over. */
  onTender(tendered: string): void
  testId: string
}

/** One tap for what the customer hands over: exactly the amount, or the next notes above it. */
export function QuickCash({ amount, onTender, testId }: QuickCashProps) {
  const settings = useShopSettings()
  const { t } = useTranslation()
  if (amount === null || amount <= 0) return null
  const notes = quickCashAmounts(amount, settings.currency)
  return (
    <div className="quick-cash" role="group" aria-label={t('pay.handedOver')} data-testid={testId}>
      <button type="button" className="quick-cash__button" onClick={() => onTender('')} data-testid={`${testId}-exact`}>
        {t('pay.exact')}
      </button>
      {notes.map((note) => (
        <button
          key={note}
          type="button"
          className="quick-cash__button"
          onClick={() => onTender(moneyInputText(note, settings.currencyDigits))}
          data-testid={`${testId}-${note}`}
        >
          <Money amount={note} />
        </button>
      ))}
    </div>
  )
}
