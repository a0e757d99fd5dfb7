import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData } from '../../../shared/errors'
import { useApprovalStore } from '../stores/approval-store'
import { useSessionStore } from '../stores/session-store'
import { Dialog } from './Dialog'
import { ErrorNotice } from './ErrorNotice'
import { PinPad } from './PinPad'

/** Refusals the dialog answers itself: the manager tries again. Anything else is the command's own answer. */
const RETRY_CODES = new Set(['PIN_WRONG', 'STAFF_LOCKED_OUT', 'FORBIDDEN'])

/**
 * "Manager approval" for the one command just refused: a manager picks their name and types their
 * PIN on this screen; the command then runs once, with the cashier as actor and the manager as approver.
 */
export function ApprovalDialog() {
  const { t } = useTranslation()
  const pending = useApprovalStore((state) => state.pending)
  const finish = useApprovalStore((state) => state.finish)
  const me = useSessionStore((state) => state.session?.staff?.id)
  const staff = useSessionStore((state) => state.lockScreen?.staff ?? []).filter((member) => member.id !== me)
  const [chosen, setChosen] = useState<string | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const [tries, setTries] = useState(0)
  if (!pending) return null

  const close = () => {
    setChosen(null)
    setError(null)
    finish({ ok: false, error: pending.refusal })
  }
  const submit = async (pin: string) => {
    if (!chosen) return
    setBusy(true)
    const result = await pending.retry({ staffId: chosen, pin })
    setBusy(false)
    if (!result.ok && RETRY_CODES.has(result.error.code)) {
      setError(result.error)
      setTries((count) => count + 1)
      return
    }
    setChosen(null)
    setError(null)
    finish(result)
  }

  return (
    <Dialog title={t('approval.title')} onClose={close} testId="approval-dialog" width="wide">
      <div className="approval">
        <div className="stack">
          <p className="notice notice--warning" data-testid="approval-reason">
            {pending.refusal.message}
          </p>
          <p className="muted">{t('approval.explain')}</p>
          <ul className="approval__staff plain-list" aria-label={t('approval.who')}>
            {staff.map((member) => (
              <li key={member.id}>
                <button
                  type="button"
                  className="lock-screen__person"
                  aria-pressed={member.id === chosen}
                  onClick={() => {
                    setChosen(member.id)
                    setError(null)
                    setTries((count) => count + 1)
                  }}
                  data-testid="approval-staff"
                >
                  <span className="lock-screen__name">{member.name}</span>
                  <span className="lock-screen__role">{member.roleName}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="stack">
          <ErrorNotice error={error} testId="approval-error" />
          {chosen ? (
            <PinPad onSubmit={(pin) => void submit(pin)} busy={busy} resetKey={tries} testId="approval-pin" />
          ) : (
            <p className="muted">{t('approval.choose')}</p>
          )}
        </div>
      </div>
    </Dialog>
  )
}
