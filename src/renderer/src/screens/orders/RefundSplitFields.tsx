import { useEffect, useState } from 'react'
import type { PaymentMethod } from '../../../../shared/payments'
import { defaultRefundSplit, REFUND_ORDER, refundSplitProblem, type HeldByMethod, type RefundPart, type RefundSplitProblem } from '../../../../shared/refunds'
import { MoneyInput, useMoneyParser } from '../../components/MoneyInput'
import { Money, useFormatMoney } from '../../components/Money'
import { minorUnitsToDecimal } from '../../lib/money'
import { useShopSettings } from '../../stores/settings-store'
import { METHOD_WORDS } from './order-words'

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
        Give back <Money amount={amount} /> as
      </legend>
      <div className="refund-split__fields">
        {state.methods.map((method) => (
          <MoneyInput
            key={method}
            label={METHOD_WORDS[method]}
            value={text(method)}
            onChange={(value) => edit(method, value)}
            hint={`At most ${format(held[method])}: what it paid and has not had back`}
            testId={`refund-split-${method}`}
          />
        ))}
      </div>
      {showProblem && state.problem ? (
        <p className="field__error" role="alert" data-testid="refund-split-error">
          {state.problem === 'unreadable'
            ? 'Type each amount with digits, for example 12.50'
            : state.problem.kind === 'above-paid'
              ? `At most ${format(state.problem.limit)} can go back as ${METHOD_WORDS[state.problem.method].toLowerCase()}: that is what it paid and has not had back.`
              : `These come to ${format(state.problem.sum)}; the refund is ${format(amount)}.`}
        </p>
      ) : null}
    </fieldset>
  )
}
