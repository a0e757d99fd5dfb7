import type { ReactNode } from 'react'
import { Button } from './Button'

/** The usual foot of a form dialog: Cancel, then the primary action that submits the form. */
export function CancelSubmit({ onCancel, busy, testId, children }: { onCancel: () => void; busy: boolean; testId: string; children: ReactNode }) {
  return (
    <>
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="primary" busy={busy} data-testid={testId}>
        {children}
      </Button>
    </>
  )
}
