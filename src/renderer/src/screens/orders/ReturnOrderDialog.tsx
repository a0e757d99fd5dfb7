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

interface LineDraft {
  quantity: string
  damaged: boolean
}

/** Takes back chosen units of chosen lines; units not damaged go back on the shelf, the money goes back. */
export function ReturnOrderDialog({ order, onClose, onDone }: { order: OrderDetail; onClose(): void; onDone(order: OrderDetail): void }) {
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
    const parsed = parseCountInput(draft.quantity, { label: 'Quantity to return' })
    const problem = !parsed.ok ? parsed.message : parsed.value > left ? `Only ${left} can still be returned` : undefined
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
    toast(`${units} ${units === 1 ? 'item' : 'items'} returned${refunded > 0 ? `, ${format(refunded)} refunded` : ''}`)
    onDone(result.data)
  }

  return (
    <Dialog
      title={`Return items of order ${order.number}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="return-dialog"
      width="wide"
      error={error}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="return-dialog-confirm">
          Return and refund
        </CancelSubmit>
      }
    >
      <ErrorNotice error={error} testId="return-dialog-error" />
      <table className="return-lines">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Can return</th>
            <th scope="col">Return now</th>
            <th scope="col">Damaged</th>
          </tr>
        </thead>
        <tbody>
          {read.map(({ line, damaged, problem }, index) => (
            <tr key={line.id} data-testid="return-line">
              <td>
                <strong>{line.name}</strong>
                {line.variantLabel ? <span className="muted"> ({line.variantLabel})</span> : null}
                <div className="muted">
                  <Money amount={line.total} /> for {line.quantity}
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
                    aria-label={`Units of ${line.name} to return`}
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
                    All
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
                  <span>Damaged</span>
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tried && nothing && !problems ? (
        <p className="field__error" role="alert" data-testid="return-dialog-nothing">
          Type how many units of at least one item come back.
        </p>
      ) : null}
      <p className="muted" data-testid="return-dialog-rule">
        Damaged units are not put back in stock. The money that goes back is what was paid beyond what the kept items are worth
        {held > 0 ? (
          <>
            {' '}
            (<Money amount={held} /> paid and not yet refunded)
          </>
        ) : null}
        ; an order not fully paid owes less instead.
      </p>
      {!nothing && refund === 0 ? (
        <p data-testid="return-dialog-no-refund">
          Nothing is refunded: <Money amount={value} /> comes off what is owed.
        </p>
      ) : null}
      <RefundSplitFields amount={nothing ? 0 : refund} held={heldByMethod(order.payments)} state={split} showProblem={tried} />
      <TextField label="Reason (optional, kept in the history)" value={note} onChange={setNote} maxLength={500} testId="return-dialog-note" />
    </Dialog>
  )
}
