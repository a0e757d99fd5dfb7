import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { OrderDetail } from '../../../../shared/orders'
import { heldByMethod, returnRefund, returnValue } from '../../../../shared/refunds'
import { Button } from '../../components/Button'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { Money, useFormatMoney } from '../../components/Money'
import { call } from '../../lib/call'
import { parseCountInput } from '../../lib/count'
import { toast } from '../../stores/toast-store'
import { RefundSplitFields, useRefundSplit } from './RefundSplitFields'
import { Trans, useTranslation } from 'react-i18next'

interface LineDraft {
  quantity: string
  damaged: boolean
}

/** Takes back chosen units of chosen lines; units not damaged go back on the shelf, the money goes back. */
export function ReturnOrderDialog({ order, onClose, onDone }: { order: OrderDetail; onClose(): void; onDone(order: OrderDetail): void }) {
  const { t } = useTranslation()
  const format = useFormatMoney()
  const returnable = order.lines.filter((line) => line.quantity > line.quantityReturned)
  const [drafts, setDrafts] = useState<Record<number, LineDraft>>(() =>
    Object.fromEntries(returnable.map((line) => [line.id, { quantity: '', damaged: false }]))
  )
  const [note, setNote] = useState('')
  const [tried, setTried] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const held = order.paidTotal - order.refundedTotal

  const read = returnable.map((line) => {
    const draft = drafts[line.id] ?? { quantity: '', damaged: false }
    const left = line.quantity - line.quantityReturned
    if (draft.quantity.trim() === '') return { line, quantity: 0, damaged: draft.damaged, problem: undefined }
    const parsed = parseCountInput(draft.quantity, { label: t('orders.quantityToReturn') })
    const problem = !parsed.ok ? parsed.message : parsed.value > left ? t('orders.onlyLeftToReturn', { count: left }) : undefined
    return { line, quantity: parsed.ok ? parsed.value : 0, damaged: draft.damaged, problem }
  })
  const chosen = read.filter((entry) => entry.quantity > 0)
  const problems = read.some((entry) => entry.problem)
  const nothing = chosen.length === 0
  // The same arithmetic the main process does: the goods' value, then what of it goes back.
  const value = chosen.reduce((sum, entry) => sum + returnValue(entry.line.total, entry.line.quantity, entry.line.quantityReturned, entry.quantity), 0)
  const refund = returnRefund({ keptValueBefore: order.total - order.returnedTotal, held }, value)
  const split = useRefundSplit(refund, heldByMethod(order.payments))

  const update = (lineId: number, patch: Partial<LineDraft>) =>
    setDrafts({ ...drafts, [lineId]: { quantity: '', damaged: false, ...drafts[lineId], ...patch } })
  const submit = async () => {
    setTried(true)
    if (problems || nothing || split.problem) return
    setBusy(true)
    const result = await call((api) =>
      api.orders.return({
        orderId: order.id,
        lines: chosen.map((entry) => ({ orderLineId: entry.line.id, quantity: entry.quantity, damaged: entry.damaged })),
        ...(split.split ? { refundSplit: split.split } : {}),
        note
      })
    )
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    const units = chosen.reduce((sum, entry) => sum + entry.quantity, 0)
    const refunded = result.data.refundedTotal - order.refundedTotal
    toast(refunded > 0 ? t('orders.returnedRefunded', { count: units, amount: format(refunded) }) : t('orders.returned3', { count: units }))
    onDone(result.data)
  }

  return (
    <Dialog
      title={t('orders.returnItemsOfOrder', { number: order.number })}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="return-dialog"
      width="wide"
      error={error}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="return-dialog-confirm">
          {t('orders.returnAndRefund')}
        </CancelSubmit>
      }
    >
      <ErrorNotice error={error} testId="return-dialog-error" />
      <table className="return-lines">
        <thead>
          <tr>
            <th scope="col">{t('orders.item')}</th>
            <th scope="col">{t('orders.canReturn')}</th>
            <th scope="col">{t('orders.returnNow')}</th>
            <th scope="col">{t('orders.damaged')}</th>
          </tr>
        </thead>
        <tbody>
          {read.map(({ line, damaged, problem }, index) => (
            <tr key={line.id} data-testid="return-line">
              <td>
                <strong>{line.name}</strong>
                {line.variantLabel ? <span className="muted"> ({line.variantLabel})</span> : null}
                <div className="muted">
                  <Trans i18nKey="orders.lineTotalFor" count={line.quantity} components={{ money: <Money amount={line.total} /> }} />
                </div>
              </td>
              <td className="tabular">{line.quantity - line.quantityReturned}</td>
              <td>
                <div className="return-lines__quantity">
                  <input
                    className="input"
                    inputMode="numeric"
                    value={drafts[line.id]?.quantity ?? ''}
                    onChange={(event) => update(line.id, { quantity: event.target.value })}
                    aria-label={t('orders.unitsOfToReturn', { name: line.name })}
                    aria-invalid={tried && Boolean(problem)}
                    placeholder="0"
                    data-testid="return-line-quantity"
                    data-autofocus={index === 0 ? true : undefined}
                  />
                  <Button
                    size="small"
                    onClick={() => update(line.id, { quantity: String(line.quantity - line.quantityReturned) })}
                    data-testid="return-line-all"
                  >
                    {t('orders.all')}
                  </Button>
                </div>
                {tried && problem ? (
                  <span className="field__error" role="alert" data-testid="return-line-error">
                    {problem}
                  </span>
                ) : null}
              </td>
              <td>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={damaged}
                    onChange={(event) => update(line.id, { damaged: event.target.checked })}
                    data-testid="return-line-damaged"
                  />
                  <span>{t('orders.damaged')}</span>
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tried && nothing && !problems ? (
        <p className="field__error" role="alert" data-testid="return-dialog-nothing">
          {t('orders.typeHowManyUnits')}
        </p>
      ) : null}
      <p className="muted" data-testid="return-dialog-rule">
        {held > 0 ? <Trans i18nKey="orders.returnRuleHeld" components={{ money: <Money amount={held} /> }} /> : t('orders.returnRule')}
      </p>
      {!nothing && refund === 0 ? (
        <p data-testid="return-dialog-no-refund">
          <Trans i18nKey="orders.nothingRefundedOwed" components={{ money: <Money amount={value} /> }} />
        </p>
      ) : null}
      <RefundSplitFields amount={nothing ? 0 : refund} held={heldByMethod(order.payments)} state={split} showProblem={tried} />
      <TextField label={t('orders.reasonOptionalKeptIn')} value={note} onChange={setNote} maxLength={500} testId="return-dialog-note" />
    </Dialog>
  )
}
