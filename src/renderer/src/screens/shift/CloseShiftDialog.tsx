import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { CountResult, ZReport } from '../../../../shared/shifts'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { useFormatMoney } from '../../components/Money'
import { call } from '../../lib/call'
import { useShopSettings } from '../../stores/settings-store'
import { CashCountFields, EMPTY_COUNT, useCountOf } from './CashCountFields'

/**
 * The close, blind by default: the drawer is counted first; only then are the expected cash and the
 * over/short shown. A recount keeps the first count; beyond the threshold a reason is asked for.
 */
export function CloseShiftDialog({ onClose, onClosed }: { onClose(): void; onClosed(z: ZReport): void }) {
  const settings = useShopSettings()
  const money = useFormatMoney()
  const countOf = useCountOf()
  const [draft, setDraft] = useState(EMPTY_COUNT)
  const [result, setResult] = useState<CountResult | null>(null)
  const [recounting, setRecounting] = useState(false)
  const [reason, setReason] = useState('')
  const [keepCarts, setKeepCarts] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const counting = result === null || recounting

  const count = async () => {
    const counted = countOf(draft)
    if ('problem' in counted) return setError({ code: 'VALIDATION', message: counted.problem })
    setBusy(true)
    // A count after the result was seen is a recount: its own permission, and both are kept.
    const answer = await call((api) => (result ? api.shifts.recount({ count: counted.count }) : api.shifts.count({ count: counted.count })))
    setBusy(false)
    if (!answer.ok) return setError(answer.error)
    setError(null)
    setResult(answer.data)
    setRecounting(false)
  }
  const close = async () => {
    setBusy(true)
    const answer = await call((api) => api.shifts.close({ reason, keepOpenCarts: keepCarts }))
    setBusy(false)
    if (!answer.ok) {
      if (answer.error.code === 'SHIFT_OPEN_CARTS') setKeepCarts(true)
      return setError(answer.error)
    }
    onClosed(answer.data)
  }
  const overShortLabel = result ? (result.overShort === 0 ? 'Exact' : result.overShort > 0 ? 'Over' : 'Short') : ''
  return (
    <Dialog
      title={counting ? 'Count the drawer' : 'Close the shift'}
      onClose={onClose}
      onSubmit={() => void (counting ? count() : close())}
      testId="close-shift"
      error={error}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          {!counting ? (
            <Button onClick={() => setRecounting(true)} data-testid="close-shift-recount">
              Recount
            </Button>
          ) : null}
          <Button type="submit" variant="primary" busy={busy} data-testid={counting ? 'close-shift-count' : 'close-shift-submit'}>
            {counting ? 'Enter the count' : keepCarts ? 'Close and keep the carts' : 'Close shift and print Z'}
          </Button>
        </>
      }
    >
      {counting ? (
        <>
          <p className="muted">
            {settings.blindClose
              ? 'Count every note and coin in the drawer. The expected amount is shown after the count.'
              : 'Count every note and coin in the drawer.'}
          </p>
          <CashCountFields draft={draft} onChange={setDraft} testId="close-shift-counted" label="Counted cash" />
        </>
      ) : result ? (
        <div className="stack" data-testid="close-shift-result">
          <table className="close-shift__table">
            <tbody>
              <tr>
                <th scope="row">Expected</th>
                <td className="num" data-testid="close-shift-expected">
                  {money(result.expected)}
                </td>
              </tr>
              <tr>
                <th scope="row">Counted{result.attempt > 1 ? ` (count ${result.attempt})` : ''}</th>
                <td className="num" data-testid="close-shift-counted-amount">
                  {money(result.counted.total)}
                </td>
              </tr>
              <tr className={result.overShort === 0 ? '' : 'close-shift__off'}>
                <th scope="row">{overShortLabel}</th>
                <td className="num" data-testid="close-shift-over-short">
                  {result.overShort > 0 ? '+' : ''}
                  {money(result.overShort)}
                </td>
              </tr>
            </tbody>
          </table>
          <TextField
            label={result.reasonRequired ? 'Reason for the difference (required)' : 'Note (optional)'}
            value={reason}
            onChange={setReason}
            testId="close-shift-reason"
            maxLength={200}
            data-autofocus
          />
        </div>
      ) : null}
      <ErrorNotice error={error} testId="close-shift-error" />
    </Dialog>
  )
}
