import { useEffect, useRef, useState } from 'react'
import type { JournalListInput } from '../../../../shared/journal'
import { TextField } from '../../components/Field'

export type JournalFilter = Omit<NonNullable<JournalListInput>, 'before' | 'limit'>

/** Narrow the journal to one person, one kind of command, or one order (by its id). */
export function JournalFilters({ value, onChange }: { value: JournalFilter; onChange(next: JournalFilter): void }) {
  const [staff, setStaff] = useState(value.staffId ?? '')
  const [command, setCommand] = useState(value.command ?? '')
  const [order, setOrder] = useState(value.orderId === undefined ? '' : String(value.orderId))
  const changed = useRef(onChange)
  changed.current = onChange
  useEffect(() => {
    const timer = setTimeout(() => {
      const orderId = /^\d{1,12}$/.test(order.trim()) ? Number(order.trim()) : undefined
      changed.current({
        ...(staff.trim() ? { staffId: staff.trim() } : {}),
        ...(command.trim() ? { command: command.trim() } : {}),
        ...(orderId ? { orderId } : {})
      })
    }, 250)
    return () => clearTimeout(timer)
  }, [staff, command, order])
  return (
    <section className="journal-filters" aria-label="Filter the journal">
      <TextField label="Staff id" value={staff} onChange={setStaff} testId="journal-filter-staff" />
      <TextField label="Command" value={command} onChange={setCommand} testId="journal-filter-command" hint="For example orders.return" />
      <TextField label="Order id" value={order} onChange={setOrder} testId="journal-filter-order" inputMode="numeric" />
    </section>
  )
}
