import { useState } from 'react'
import { localRefusal } from '../../lib/errors'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { MoneyInput, useMoneyParser } from '../../components/MoneyInput'
import { useFormatMoney } from '../../components/Money'
import { useAction } from '../../lib/use-action'
import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'
import { useTranslation } from 'react-i18next'

const TITLES = { paid_in: 'z.paidIn', paid_out: 'z.paidOut', no_sale: 'z.noSale' } as const
const RECORDED = { paid_in: 'shift.recordedPaidIn', paid_out: 'shift.recordedPaidOut', no_sale: 'shift.recordedNoSale' } as const

/** Cash put in or taken out with a reason, or the drawer opened for no sale; the drawer opens either way. */
export function CashMovementDialog({ kind, onClose }: { kind: 'paid_in' | 'paid_out' | 'no_sale'; onClose(): void }) {
  const { t } = useTranslation()
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [short, setShort] = useState<number | null>(null)
  const parse = useMoneyParser()
  const money = useFormatMoney()
  const { busy, error, run } = useAction(async () => {
    if (kind === 'no_sale') return call((api) => api.shifts.noSale({ reason }))
    const parsed = parse(amount)
    if (!parsed.ok) return { ok: false as const, error: localRefusal('amount', parsed.message) }
    return call((api) => api.shifts.payInOut({ kind, amount: parsed.amount, reason, drawerShortConfirmed: short !== null }))
  })
  const submit = async () => {
    const result = await run()
    if (!result) return
    if (!result.ok) {
      if (result.error.code === 'DRAWER_SHORT') setShort(Number(result.error.details?.expected ?? 0))
      return
    }
    toast(
      result.data.printProblem ? t('shift.recordedSlipFailed', { recorded: t(RECORDED[kind]), problem: result.data.printProblem }) : t(RECORDED[kind]),
      result.data.printProblem ? 'info' : undefined
    )
    onClose()
  }
  return (
    <Dialog
      title={t(TITLES[kind])}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="cash-movement"
      error={error}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="cash-movement-submit">
          {short !== null
            ? t('shift.payOutAnyway')
            : kind === 'no_sale'
              ? t('shift.openTheDrawer')
              : t(kind === 'paid_in' ? 'shift.recordPaidIn' : 'shift.recordPaidOut')}
        </CancelSubmit>
      }
    >
      {kind === 'no_sale' ? null : (
        <MoneyInput
          label={t('shift.amount')}
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
        label={kind === 'no_sale' ? t('shift.reasonOptional') : t('shift.reason')}
        value={reason}
        onChange={setReason}
        placeholder={kind === 'paid_in' ? t('shift.changeFromTheBank') : kind === 'paid_out' ? t('shift.payingASupplier') : t('shift.changeForACustomer')}
        testId="cash-movement-reason"
        maxLength={200}
        error={error?.issues?.find((issue) => issue.path === 'reason')?.message}
      />
      {short !== null ? (
        <p className="notice notice--info" data-testid="cash-movement-short">
          {t('shift.drawerHoldsOnly', { short: money(short) })}
        </p>
      ) : (
        <ErrorNotice error={error} testId="cash-movement-error" shownFields={/^reason$/} />
      )}
    </Dialog>
  )
}
