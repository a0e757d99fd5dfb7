import { useEffect, useState } from 'react'
import type { PaymentMethod } from '../../../../shared/payments'
import { defaultRefundSplit, REFUND_ORDER, refundSplitProblem, type HeldByMethod, type RefundPart, type RefundSplitProblem } from '../../../../shared/refunds'
import { MoneyInput, useMoneyParser } from '../../components/MoneyInput'
import { Money, useFormatMoney } from '../../components/Money'
import { minorUnitsToDecimal } from '../../lib/money'
import { useShopSettings } from '../../stores/settings-store'
import { METHOD_WORDS } from './order-words'
import { Trans, useTranslation } from 'react-i18next'

type Drafts = Partial<Record<PaymentMethod, string>>

/**
 * The split of a refund across the methods that paid, as the main process will make it unless
 * changed: card first up to what the card paid, cash for the rest. Each field may be changed
 * within what that method paid and kept. Gives back the split to send (undefined: the default one)
 * and the problem that stops it, if any.
 */
export function useRefundSplit(amount: number, held: HeldByMethod) {
  const parse = useMoneyParser()
  const [drafts, setDrafts] = useState<Drafts | null>(null)
  // A new amount to refund starts again from the default split.
  useEffect(() => setDrafts(null), [amount])
  const methods = REFUND_ORDER.filter((method) => held[method] > 0)
  const fallback = defaultRefundSplit(amount, held)
  if (drafts === null) return { methods, drafts, setDrafts, split: undefined, shown: fallback, problem: null }
  const split: RefundPart[] = methods.map((method) => {
    const parsed = parse(drafts[method] ?? '0')
    return { method, amount: parsed.ok ? parsed.amount : Number.NaN }
  })
  const unreadable = split.some((part) => Number.isNaN(part.amount))
  const problem: RefundSplitProblem | 'unreadable' | null = unreadable ? 'unreadable' : refundSplitProblem(split, amount, held)
  return { methods, drafts, setDrafts, split: split.filter((part) => part.amount > 0), shown: split, problem }
}

export function RefundSplitFields({
  amount,
  held,
  state,
  showProblem
}: {
  amount: number
  held: HeldByMethod
  state: ReturnType<typeof useRefundSplit>
  showProblem: boolean
}) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const format = useFormatMoney()
  if (amount === 0 || state.methods.length === 0) return null
  const text = (method: PaymentMethod) =>
    state.drafts?.[method] ?? minorUnitsToDecimal(state.shown.find((part) => part.method === method)?.amount ?? 0, settings.currencyDigits)
  const edit = (method: PaymentMethod, value: string) =>
    state.setDrafts(Object.fromEntries(state.methods.map((each) => [each, each === method ? value : text(each)])))
  return (
    <fieldset className="refund-split" data-testid="refund-split">
      <legend>
        <Trans i18nKey="orders.giveBackAs" components={{ money: <Money amount={amount} /> }} />
      </legend>
      <div className="refund-split__fields">
        {state.methods.map((method) => (
          <MoneyInput
            key={method}
            label={METHOD_WORDS[method]}
            value={text(method)}
            onChange={(value) => edit(method, value)}
            hint={t('orders.atMostWhatIt', { value: format(held[method]) })}
            testId={`refund-split-${method}`}
          />
        ))}
      </div>
      {showProblem && state.problem ? (
        <p className="field__error" role="alert" data-testid="refund-split-error">
          {state.problem === 'unreadable'
            ? t('orders.typeEachAmountWith')
            : state.problem.kind === 'above-paid'
              ? t('orders.atMostCanGo', { limit: format(state.problem.limit), method: METHOD_WORDS[state.problem.method] })
              : t('orders.theseComeToThe', { sum: format(state.problem.sum), amount: format(amount) })}
        </p>
      ) : null}
    </fieldset>
  )
}
