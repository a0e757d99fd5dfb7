import { useTranslation } from 'react-i18next'
import type { AppErrorData } from '../../../../shared/errors'
import { Money } from '../../components/Money'

/**
 * An amount of the sale on Sell (its total, a parked cart's, a line's), or, while the sale is past
 * what a till holds (`Cart.overLimit`), its coded refusal in the amount's place: the amounts are
 * not worked out then, and the 0.00 they hold would be a false total.
 */
export function SaleTotal({ amount, overLimit, testId, className }: { amount: number; overLimit: AppErrorData | null; testId: string; className?: string }) {
  const { t } = useTranslation()
  if (!overLimit) return <Money amount={amount} testId={testId} className={className} />
  return (
    <span className={['sale-total-refused', className ?? ''].filter(Boolean).join(' ')} data-testid={`${testId}-over-limit`}>
      <span className="sale-total-refused__sentence">{t(`errors.code.${overLimit.code}`)}</span>{' '}
      <span className="notice__code" title={t('errors.codeTitle')}>
        {overLimit.code}
      </span>
    </span>
  )
}
