import { useState } from 'react'
import type { OpenShift } from '../../../../shared/shifts'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { call } from '../../lib/call'
import { toast } from '../../stores/toast-store'
import { CashCountFields, EMPTY_COUNT, useCountOf } from './CashCountFields'
import { useAction } from '../../lib/use-action'
import { useTranslation } from 'react-i18next'

/** Opens the till's shift: the float in the drawer, as a total or counted note by note. */
export function OpenShiftDialog({ onClose, onOpened, reason }: { onClose(): void; onOpened(shift: OpenShift): void; reason?: string }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(EMPTY_COUNT)
  const countOf = useCountOf()
  const { busy, error, setError, run } = useAction(
    (float: Parameters<typeof window.api.shifts.open>[0]['float']) => call(() => window.api.shifts.open({ float })),
    (shift) => {
      toast(t('shift.shiftOpen'))
      onOpened(shift)
    }
  )
  const submit = () => {
    const counted = countOf(draft)
    if ('problem' in counted) return setError({ code: 'VALIDATION', message: counted.problem })
    void run(counted.count)
  }
  return (
    <Dialog
      title={t('shift.openAShift')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="open-shift"
      error={error}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="open-shift-submit">
          {t('shift.openShift')}
        </CancelSubmit>
      }
    >
      {reason ? <p data-testid="open-shift-reason">{reason}</p> : null}
      <p className="muted">{t('shift.countTheFloat')}</p>
      <CashCountFields draft={draft} onChange={setDraft} testId="open-shift-float" label={t('z.float')} />
      <ErrorNotice error={error} testId="open-shift-error" />
    </Dialog>
  )
}
