import { quickCashAmounts } from '../../../shared/denominations'
import { moneyInputText, parseMoneyInput } from '../lib/money'
import { useShopSettings } from '../stores/settings-store'
import { Money } from './Money'

interface QuickCashProps {
  /** The cash payment's amount as typed. */
  amount: string
  /** Sets what the customer handed over. */
  onTender(tendered: string): void
  testId: string
}

/** One tap for what the customer hands over: exactly the amount, or the next notes above it. */
export function QuickCash({ amount, onTender, testId }: QuickCashProps) {
  const settings = useShopSettings()
  const parsed = parseMoneyInput(amount, settings.currencyDigits)
  if (!parsed.ok || parsed.amount <= 0) return null
  const notes = quickCashAmounts(parsed.amount, settings.currency)
  return (
    <div className="quick-cash" role="group" aria-label="Cash handed over" data-testid={testId}>
      <button type="button" className="quick-cash__button" onClick={() => onTender('')} data-testid={`${testId}-exact`}>
        Exact
      </button>
      {notes.map((note) => (
        <button key={note} type="button" className="quick-cash__button" onClick={() => onTender(moneyInputText(note, settings.currencyDigits))} data-testid={`${testId}-${note}`}>
          <Money amount={note} />
        </button>
      ))}
    </div>
  )
}
