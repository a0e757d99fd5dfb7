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
import { useTranslation } from 'react-i18next'

/**
 * The close, blind by default: the drawer is counted first; only then are the expected cash and the
 * over/short shown. A recount keeps the first count; beyond the threshold a reason is asked for.
 * Opened again on a shift already counted, it goes on from that count (`lastCount`).
 */
export function CloseShiftDialog({ lastCount, onClose, onClosed }: { lastCount: CountResult | null; onClose(): void; onClosed(z: ZReport): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const money = useFormatMoney()
  const countOf = useCountOf()
  const [draft, setDraft] = useState(EMPTY_COUNT)
  const [result, setResult] = useState<CountResult | null>(lastCount)
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
  const overShortLabel = result ? (result.overShort === 0 ? t('shift.exact') : result.overShort > 0 ? t('z.over') : t('z.short')) : ''
  return (
    <Dialog
      title={counting ? t('shift.countTheDrawer') : t('shift.closeTheShift')}
      onClose={onClose}
      onSubmit={() => void (counting ? count() : close())}
      testId="close-shift"
      error={error}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {!counting ? (
            <Button onClick={() => setRecounting(true)} data-testid="close-shift-recount">
              {t('shift.recount')}
            </Button>
          ) : null}
          <Button type="submit" variant="primary" busy={busy} data-testid={counting ? 'close-shift-count' : 'close-shift-submit'}>
            {counting ? t('shift.enterTheCount') : keepCarts ? t('shift.closeKeepCarts') : t('shift.closeAndPrintZ')}
          </Button>
        </>
      }
    >
      {counting ? (
        <>
          <p className="muted">{settings.blindClose ? t('shift.countEveryNoteBlind') : t('shift.countEveryNote')}</p>
          <CashCountFields draft={draft} onChange={setDraft} testId="close-shift-counted" label={t('shift.countedCash')} />
        </>
      ) : result ? (
        <div className="stack" data-testid="close-shift-result">
          <table className="close-shift__table">
            <tbody>
              <tr>
                <th scope="row">{t('z.expected')}</th>
                <td className="num" data-testid="close-shift-expected">
                  {money(result.expected)}
                </td>
              </tr>
              <tr>
                <th scope="row">{result.attempt > 1 ? t('shift.countedAttempt', { attempt: result.attempt }) : t('z.counted')}</th>
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
            label={result.reasonRequired ? t('shift.reasonRequired') : t('shift.noteOptional')}
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
