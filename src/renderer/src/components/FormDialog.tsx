import type { ReactNode } from 'react'
import { CancelSubmit } from './CancelSubmit'
import { Dialog } from './Dialog'

/**
 * A dialog that is one form: its fields, then Cancel and the action that submits it. The action's
 * test id is the dialog's with `-save` (and Cancel's with `-save-cancel`).
 */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  error,
  testId,
  busy,
  submitLabel,
  children
}: {
  title: string
  onClose(): void
  onSubmit(): void
  /** The form's latest refusal (the first invalid field gets the focus when it changes). */
  error: unknown
  testId: string
  busy: boolean
  submitLabel: ReactNode
  children: ReactNode
}) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={onSubmit}
      error={error}
      testId={testId}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId={`${testId}-save`}>
          {submitLabel}
        </CancelSubmit>
      }
    >
      {children}
    </Dialog>
  )
}
