import { useEffect, useRef, useState } from 'react'
import { nextBusinessDay, startOfBusinessDay } from '../../../../shared/business-day'
import type { JournalListInput } from '../../../../shared/journal'
import { TextField } from '../../components/Field'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../components/DateInput'

export type JournalFilter = Omit<NonNullable<JournalListInput>, 'before' | 'limit'>

/** Narrow the journal to one person, one kind of command, one order (by its id), or the shop's days from one to another. */
export function JournalFilters({ value, onChange, timeZone }: { value: JournalFilter; onChange(next: JournalFilter): void; timeZone: string }) {
  const { t } = useTranslation()
  const [staff, setStaff] = useState(value.staffId ?? '')
  const [command, setCommand] = useState(value.command ?? '')
  const [order, setOrder] = useState(value.orderId === undefined ? '' : String(value.orderId))
  const [fromDay, setFromDay] = useState('')
  const [toDay, setToDay] = useState('')
  const changed = useRef(onChange)
  changed.current = onChange
  useEffect(() => {
    const timer = setTimeout(() => {
      const orderId = /^\d{1,12}$/.test(order.trim()) ? Number(order.trim()) : undefined
      changed.current({
        ...(staff.trim() ? { staffId: staff.trim() } : {}),
        ...(command.trim() ? { command: command.trim() } : {}),
        ...(orderId ? { orderId } : {}),
        ...(fromDay ? { from: startOfBusinessDay(fromDay, timeZone) } : {}),
        ...(toDay ? { to: startOfBusinessDay(nextBusinessDay(toDay), timeZone) - 1 } : {})
      })
    }, 250)
    return () => clearTimeout(timer)
  }, [staff, command, order, fromDay, toDay, timeZone])
  return (
    <section className="journal-filters" aria-label={t('journal.filter')}>
      <TextField label={t('journal.staffId')} value={staff} onChange={setStaff} testId="journal-filter-staff" />
      <TextField label={t('journal.command')} value={command} onChange={setCommand} testId="journal-filter-command" hint={t('journal.commandHint')} />
      <TextField label={t('journal.orderId')} value={order} onChange={setOrder} testId="journal-filter-order" inputMode="numeric" />
      <DateField label={t('journal.fromDay')} value={fromDay} max={toDay} onChange={setFromDay} testId="journal-filter-from" />
      <DateField label={t('journal.toDay')} value={toDay} min={fromDay} onChange={setToDay} testId="journal-filter-to" />
    </section>
  )
}
