import { useState } from 'react'
import { fieldErrors } from '../lib/errors'
import { useSessionStore } from '../stores/session-store'
import { CancelSubmit } from './CancelSubmit'
import { Dialog } from './Dialog'
import { ErrorNotice } from './ErrorNotice'
import { OwnerPinFields } from './OwnerPinFields'
import { useAction } from '../lib/use-action'

/** An upgraded till works as before until its owner sets a PIN here; from then on it locks. */
export function SetOwnerPinDialog({ name: startName, onClose }: { name: string; onClose(): void }) {
  const setupOwner = useSessionStore((state) => state.setupOwner)
  const [name, setName] = useState(startName)
  const [pin, setPin] = useState('')
  const { busy, error, run: submit } = useAction(() => setupOwner(name, pin), onClose)
  return (
    <Dialog
      title="Set the owner’s PIN"
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="owner-pin-dialog"
      error={error}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="owner-pin-dialog-submit">
          Set PIN
        </CancelSubmit>
      }
    >
      <p className="muted">Once the owner has a PIN, the till asks who is working, locks itself when idle and records who did what.</p>
      <ErrorNotice error={error} testId="owner-pin-error" shownFields={/^(name|pin)$/} />
      <OwnerPinFields name={name} pin={pin} onName={setName} onPin={setPin} errors={fieldErrors(error)} testId="owner-pin" />
    </Dialog>
  )
}
