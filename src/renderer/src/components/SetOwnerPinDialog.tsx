import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldErrors } from '../lib/errors'
import { useSessionStore } from '../stores/session-store'
import { CancelSubmit } from './CancelSubmit'
import { Dialog } from './Dialog'
import { ErrorNotice } from './ErrorNotice'
import { OwnerPinFields } from './OwnerPinFields'
import { useAction } from '../lib/use-action'

/**
 * A till without PINs works as before until its owner sets one here; from then on it locks. An
 * upgraded till opens this by itself at its next start (`prompted`), where closing it is "Not now";
 * `onDone` hears the PIN set.
 */
export function SetOwnerPinDialog({ name: startName, prompted, onClose, onDone }: { name: string; prompted: boolean; onClose(): void; onDone(): void }) {
  const { t } = useTranslation()
  const setupOwner = useSessionStore((state) => state.setupOwner)
  const [name, setName] = useState(startName)
  const [pin, setPin] = useState('')
  const { busy, error, run: submit } = useAction(() => setupOwner(name, pin), onDone)
  return (
    <Dialog
      title={t('staff.ownerPin.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="owner-pin-dialog"
      error={error}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="owner-pin-dialog-submit" cancelLabel={prompted ? t('staff.ownerPin.notNow') : undefined}>
          {t('staff.ownerPin.submit')}
        </CancelSubmit>
      }
    >
      {prompted ? (
        <p data-testid="owner-pin-upgraded">
          <strong>{t('staff.ownerPin.upgraded')}</strong>
        </p>
      ) : null}
      <p className="muted">{t('staff.ownerPin.explain')}</p>
      <ErrorNotice error={error} testId="owner-pin-error" shownFields={/^(name|pin)$/} />
      <OwnerPinFields name={name} pin={pin} onName={setName} onPin={setPin} errors={fieldErrors(error)} testId="owner-pin" />
    </Dialog>
  )
}
