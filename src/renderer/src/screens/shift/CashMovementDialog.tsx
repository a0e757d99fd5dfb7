import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { MoneyInput, useMoneyParser } from '../../components/MoneyInput'
import { useFormatMoney } from '../../components/Money'
import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'

const TITLES = { paid_in: 'Paid in', paid_out: 'Paid out', no_sale: 'No sale' } as const

/** Cash put in or taken out with a reason, or the drawer opened for no sale; the drawer opens either way. */
export function CashMovementDialog({ kind, onClose }: { kind: 'paid_in' | 'paid_out' | 'no_sale'; onClose(): void }) {
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [short, setShort] = useState<number | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const parse = useMoneyParser()
  const money = useFormatMoney()
  const submit = async () => {
    setError(null)
    setBusy(true)
    const result =
      kind === 'no_sale'
        ? await call((api) => api.shifts.noSale({ reason }))
        : await (async () => {
            const parsed = parse(amount)
            if (!parsed.ok)
              return {
                ok: false as const,
                error: { code: 'VALIDATION' as const, message: parsed.message, issues: [{ path: 'amount', message: parsed.message }] }
              }
            return call((api) => api.shifts.payInOut({ kind, amount: parsed.amount, reason, drawerShortConfirmed: short !== null }))
          })()
    setBusy(false)
    if (!result.ok) {
      if (result.error.code === 'DRAWER_SHORT') setShort(Number(result.error.details?.expected ?? 0))
      return setError(result.error)
    }
    toast(
      result.data.printProblem ? `${TITLES[kind]} recorded; the slip did not print: ${result.data.printProblem}` : `${TITLES[kind]} recorded`,
      result.data.printProblem ? 'info' : undefined
    )
    onClose()
  }
  return (
    <Dialog
      title={TITLES[kind]}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="cash-movement"
      error={error}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="cash-movement-submit">
          {short !== null ? 'Pay out anyway' : kind === 'no_sale' ? 'Open the drawer' : `Record ${TITLES[kind].toLowerCase()}`}
        </CancelSubmit>
      }
    >
      {kind === 'no_sale' ? null : (
        <MoneyInput
          label="Amount"
          value={amount}
          onChange={(text) => {
            setAmount(text)
            setShort(null)
          }}
          testId="cash-movement-amount"
          data-autofocus
        />
      )}
      <TextField
        label={kind === 'no_sale' ? 'Reason (optional)' : 'Reason'}
        value={reason}
        onChange={setReason}
        placeholder={kind === 'paid_in' ? 'Change from the bank' : kind === 'paid_out' ? 'Paying a supplier' : 'Change for a customer'}
        testId="cash-movement-reason"
        maxLength={200}
        error={error?.issues?.find((issue) => issue.path === 'reason')?.message}
      />
      {short !== null ? (
        <p className="notice notice--info" data-testid="cash-movement-short">
          The drawer should hold only {money(short)}. Check the amount; pay out anyway if it is right.
        </p>
      ) : (
        <ErrorNotice error={error} testId="cash-movement-error" shownFields={/^reason$/} />
      )}
    </Dialog>
  )
}
