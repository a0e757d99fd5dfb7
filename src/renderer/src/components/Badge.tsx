import type { ReactNode } from 'react'

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'accent'

/** A status word in a coloured pill: "Archived", "Low stock", "Delivered". */
export function Badge({ tone = 'neutral', children, testId }: { tone?: BadgeTone; children: ReactNode; testId?: string }) {
  return (
    <span className={tone === 'neutral' ? 'badge' : `badge badge--${tone}`} data-testid={testId}>
      {children}
    </span>
  )
}
