import { useEffect } from 'react'
import { useSyncStatusStore } from '../../stores/sync-status-store'

/** With sync on, what head office's receiver found when it checked this till's journal as it arrived. */
export function HeadOfficeCheck() {
  const status = useSyncStatusStore((store) => store.status)
  const load = useSyncStatusStore((store) => store.load)
  useEffect(() => void load(), [load])
  if (!status?.enabled) return null
  const { journal } = status
  const waiting = journal.waiting > 0 ? ` ${journal.waiting.toLocaleString()} newer entries are still to be sent.` : ''
  const line = !journal.receiverTakesJournal ? (
    <p className="muted" data-testid="journal-head-office">
      The sync server does not take the journal (it is older than this version of Tillpoint): sales and changes are sent, the journal waits until it does.
    </p>
  ) : journal.receiverState === 'broken' && journal.receiverBreak ? (
    <p className="journal-verify__broken" role="alert" data-testid="journal-head-office">
      <strong>Head office found a break at entry {journal.receiverBreak.seq}:</strong> {journal.receiverBreak.reason}
    </p>
  ) : journal.receiverState === 'intact' ? (
    <p className="journal-verify__ok" data-testid="journal-head-office">
      <strong>Head office checked the journal:</strong> intact through entry {journal.heldThrough.toLocaleString()}.{waiting}
    </p>
  ) : (
    <p className="muted" data-testid="journal-head-office">
      Head office has not checked this till’s journal yet: it is sent after the sales.{waiting}
    </p>
  )
  return <section className="card journal-verify">{line}</section>
}
