import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './Button'

/** The usual foot of a form dialog: Cancel (or what the dialog calls it), then the primary action that submits the form. */
export function CancelSubmit({
  onCancel,
  busy,
  testId,
  cancelLabel,
  children
}: {
  onCancel: () => void
  busy: boolean
  testId: string
  cancelLabel?: ReactNode
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <>
      <Button onClick={onCancel} data-testid={`${testId}-cancel`}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button type="submit" variant="primary" busy={busy} data-testid={testId}>
        {children}
      </Button>
    </>
  )
}
