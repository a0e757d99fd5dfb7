import { formatMoney } from '../lib/money'
import { useMoneyFormat } from '../i18n/use-locale'

/** An amount of minor units in the shop's currency and locale: <Money amount={1999} /> → $19.99. */
export function Money({ amount, testId, className }: { amount: number; testId?: string; className?: string }) {
  const format = useMoneyFormat()
  return (
    <span className={['money', className ?? ''].filter(Boolean).join(' ')} data-testid={testId}>
      {formatMoney(amount, format)}
    </span>
  )
}

/** The formatter itself, for text that is not an element (titles, aria labels, CSV previews). */
export function useFormatMoney(): (amount: number) => string {
  const format = useMoneyFormat()
  return (amount) => formatMoney(amount, format)
}
