import type { PaymentMethod } from '../../../shared/payments'
import { decimalSeparator, moneyInputText, parseMoneyInput } from '../lib/money'
import { newDraft, type PaymentDraft, type ReadPayments } from '../lib/payment-drafts'
import { useShopSettings } from '../stores/settings-store'
import { Button } from './Button'
import { TextField } from './Field'
import { Money } from './Money'
import { MoneyInput } from './MoneyInput'
import { QuickCash } from './QuickCash'
import './payment-entries.css'
import { useTranslation } from 'react-i18next'

const METHODS: ReadonlyArray<{ method: Exclude<PaymentMethod, 'voucher'>; hotkey: string }> = [
  { method: 'cash', hotkey: 'F6' },
  { method: 'card', hotkey: 'F7' },
  { method: 'other', hotkey: 'F8' }
]

export const MAX_SPLIT_PAYMENTS = 10

interface PaymentEntriesProps {
  drafts: PaymentDraft[]
  onChange(drafts: PaymentDraft[]): void
  /** What these payments are for, and how the drafts read (see readPaymentDrafts). */
  due: number
  read: ReadPayments
  /** Show each field's problem (after a first attempt to complete). */
  showProblems: boolean
  testId: string
}

/**
 * The payments of a sale or of an unpaid order: cash with the change to give, card with its
 * reference and last four digits, other, or several of them split. F6/F7/F8 switch the last
 * payment's method, F9 splits off another payment for what is still due.
 */
export function PaymentEntries({ drafts, onChange, due, read, showProblems, testId }: PaymentEntriesProps) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const update = (key: number, patch: Partial<PaymentDraft>) => onChange(drafts.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)))
  const last = drafts.at(-1)
  const split = () => onChange([...drafts, newDraft('card', read.remaining > 0 ? moneyInputText(read.remaining, settings.currencyDigits) : '')])
  const remove = (key: number) => onChange(drafts.filter((draft) => draft.key !== key))

  return (
    <div className="payments stack" data-testid={testId}>
      {drafts.map((draft, index) => {
        const problems = showProblems ? (read.problems[index] ?? {}) : {}
        const id = `${testId}-${index}`
        const isLast = draft === last
        return (
          <fieldset key={draft.key} className="payment card" data-testid={id}>
            <legend className="visually-hidden">{t('pay.paymentNumber', { number: index + 1 })}</legend>
            <div className="payment__methods" role="radiogroup" aria-label={t('pay.paymentMethod', { number: index + 1 })}>
              {METHODS.map(({ method, hotkey }) => (
                <Button
                  key={method}
                  size="small"
                  variant={draft.method === method ? 'primary' : 'secondary'}
                  role="radio"
                  aria-checked={draft.method === method}
                  hotkey={isLast ? hotkey : undefined}
                  onClick={() => update(draft.key, { method })}
                  data-testid={`${id}-method-${method}`}
                >
                  {t(`print.method.${method}`)}
                </Button>
              ))}
              <span className="spacer" />
              {drafts.length > 1 ? (
                <Button size="small" variant="ghost" onClick={() => remove(draft.key)} data-testid={`${id}-remove`}>
                  {t('common.remove')}
                </Button>
              ) : null}
            </div>
            {draft.method === 'cash' ? (
              <QuickCash amount={read.cashDue[index] ?? null} onTender={(tendered) => update(draft.key, { tendered })} testId={`${id}-quick-cash`} />
            ) : null}
            {draft.method === 'cash' && read.cashDue[index] != null && settings.cashRoundingStep > 1 ? (
              <CashDueLine amount={draft.amount} cashDue={read.cashDue[index]} testId={`${id}-cash-due`} />
            ) : null}
            <div className="payment__fields">
              <MoneyInput
                label={t('pay.amount')}
                value={draft.amount}
                onChange={(amount) => update(draft.key, { amount })}
                error={problems.amount}
                testId={`${id}-amount`}
              />
              {draft.method === 'cash' ? (
                <MoneyInput
                  label={t('pay.handedOver')}
                  value={draft.tendered}
                  onChange={(tendered) => update(draft.key, { tendered })}
                  error={problems.tendered}
                  hint={
                    read.cashDue[index] != null && read.cashDue[index] !== read.payments[index]?.amount ? t('pay.leaveEmptyCashDue') : t('pay.leaveEmptyAmount')
                  }
                  testId={`${id}-tendered`}
                  autoFocus={isLast}
                  data-autofocus={isLast || undefined}
                />
              ) : null}
              {draft.method === 'card' ? (
                <>
                  <TextField
                    label={t('pay.reference')}
                    value={draft.reference}
                    onChange={(reference) => update(draft.key, { reference })}
                    error={problems.reference}
                    testId={`${id}-reference`}
                    maxLength={40}
                    autoComplete="off"
                    autoFocus={isLast}
                    data-autofocus={isLast || undefined}
                  />
                  <TextField
                    label={t('pay.lastFour')}
                    value={draft.lastFour}
                    onChange={(lastFour) => update(draft.key, { lastFour })}
                    error={problems.lastFour}
                    testId={`${id}-last-four`}
                    inputMode="numeric"
                    autoComplete="off"
                    placeholder="4242"
                  />
                </>
              ) : null}
              {draft.method === 'other' ? (
                <TextField
                  label={t('pay.otherNote')}
                  value={draft.note}
                  onChange={(note) => update(draft.key, { note })}
                  error={problems.note}
                  testId={`${id}-note`}
                  maxLength={200}
                  autoFocus={isLast}
                  data-autofocus={isLast || undefined}
                />
              ) : null}
            </div>
          </fieldset>
        )
      })}
      <div className="payments__summary">
        <dl className="payments__figures">
          <div>
            <dt>{t('pay.due')}</dt>
            <dd>
              <Money amount={due} testId={`${testId}-due`} />
            </dd>
          </div>
          <div>
            <dt>{t('pay.paid')}</dt>
            <dd>
              <Money amount={read.paid} testId={`${testId}-paid`} />
            </dd>
          </div>
          {read.rounding !== 0 ? (
            <div>
              <dt>{t('print.cashRounding')}</dt>
              <dd>
                {read.rounding > 0 ? '+' : ''}
                <Money amount={read.rounding} testId={`${testId}-rounding`} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('pay.stillToPay')}</dt>
            <dd>
              <Money amount={read.remaining} testId={`${testId}-remaining`} />
            </dd>
          </div>
        </dl>
        {drafts.length < MAX_SPLIT_PAYMENTS ? (
          <Button hotkey="F9" onClick={split} data-testid={`${testId}-split`}>
            {t('pay.split')}
          </Button>
        ) : null}
      </div>
      {showProblems && read.overall ? (
        <p className="field__error" role="alert" data-testid={`${testId}-overall-error`}>
          {read.overall}
        </p>
      ) : null}
    </div>
  )
}

/**
 * The change to give for PaymentEntries' payments (`testId` is theirs), for the dialog's footer: there it
 * stays in sight beside the button that completes the payment, on a window too short for the whole form.
 */
export function ChangeDue({ change, testId }: { change: number; testId: string }) {
  const { t } = useTranslation()
  if (change <= 0) return null
  return (
    <div className="change-due change-due--footer" data-testid={`${testId}-change`} aria-live="polite">
      <span className="change-due__label">{t('pay.changeToGive')}</span>
      <Money amount={change} className="change-due__amount" testId={`${testId}-change-amount`} />
    </div>
  )
}

/** Cash is taken to the smallest coin: the cash to take for this payment, and the rounding beside it. */
function CashDueLine({ amount, cashDue, testId }: { amount: string; cashDue: number; testId: string }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const parsed = parseMoneyInput(amount, settings.currencyDigits, decimalSeparator(settings.locale))
  if (!parsed.ok) return null
  const rounding = cashDue - parsed.amount
  return (
    <p className="payment__cash-due" data-testid={testId}>
      {t('pay.cashDue')} <Money amount={cashDue} testId={`${testId}-amount`} />
      {rounding !== 0 ? (
        <>
          {' '}
          ({t('pay.cashRounding')} {rounding > 0 ? '+' : ''}
          <Money amount={rounding} testId={`${testId}-rounding`} />)
        </>
      ) : null}
    </p>
  )
}
