import type { ReactNode } from 'react'
import { useLiveQuery } from '../../lib/use-live-query'
import { OpenShiftDialog } from './OpenShiftDialog'

/**
 * Stands before taking money: on a till that works in shifts and has none open (the last one was
 * closed), the shift is opened first, then what was asked for shows.
 */
export function ShiftGate({ onClose, children }: { onClose(): void; children: ReactNode }) {
  const state = useLiveQuery(() => window.api.shifts.state(), [], ['shift.changed'])
  if (!state.data) return null
  if (state.data.inUse && !state.data.open) {
    return <OpenShiftDialog reason="The till's last shift was closed: open a new one to take this sale." onClose={onClose} onOpened={() => state.reload()} />
  }
  return <>{children}</>
}
