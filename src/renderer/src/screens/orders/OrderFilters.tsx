import { useEffect, useRef, useState, type RefObject } from 'react'
import { ORDER_KINDS, ORDER_STATUSES, PAYMENT_STATES } from '../../../../shared/orders'
import { Button } from '../../components/Button'
import { Kbd } from '../../components/Kbd'
import { useHotkey } from '../../lib/hotkeys'
import { useSessionStore } from '../../stores/session-store'
import { KIND_WORDS, PAYMENT_STATE_WORDS, STATUS_WORDS } from './order-words'
import { useOrdersStore } from './orders-store'
import { useTranslation } from 'react-i18next'
import { DateFilter } from '../../components/DateInput'

/** The list searches once typing pauses this long. */
const SEARCH_PAUSE_MS = 250

function FilterSelect<V extends string>({
  label,
  value,
  options,
  onChange,
  testId
}: {
  label: string
  value: V | undefined
  options: ReadonlyArray<{ value: V; label: string }>
  onChange(value: V | undefined): void
  testId: string
}) {
  const { t } = useTranslation()
  return (
    <label className="order-filter">
      <span className="order-filter__label">{label}</span>
      <select className="select" value={value ?? ''} onChange={(event) => onChange((event.target.value || undefined) as V | undefined)} data-testid={testId}>
        <option value="">{t('orders.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Search, status, kind, payment, who took it (once the till has staff) and date range; every change reads the list again from the top. */
export function OrderFilters({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation()
  const filter = useOrdersStore((state) => state.filter)
  const setFilter = useOrdersStore((state) => state.setFilter)
  const clearFilter = useOrdersStore((state) => state.clearFilter)
  const staff = useSessionStore((state) => state.lockScreen?.staff ?? [])
  const [text, setText] = useState(filter.text ?? '')
  const typed = useRef(text)
  useHotkey('F2', () => searchRef.current?.focus())

  useEffect(() => {
    if (typed.current === text) return
    const timer = setTimeout(() => {
      typed.current = text
      setFilter({ text })
    }, SEARCH_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [text, setFilter])

  const anyFilter = Object.values(filter).some(Boolean)
  return (
    <div className="order-filters" role="search">
      <label className="order-filter order-filter--search">
        <span className="order-filter__label">{t('orders.search')}</span>
        <span className="order-search">
          <input
            ref={searchRef}
            className="input"
            type="search"
            placeholder={t('orders.orderNumberCustomerPhone')}
            value={text}
            maxLength={100}
            onChange={(event) => setText(event.target.value)}
            aria-keyshortcuts="F2"
            data-testid="orders-search"
          />
          <Kbd hotkey="F2" />
        </span>
      </label>
      <FilterSelect
        label={t('orders.status')}
        value={filter.status}
        onChange={(status) => setFilter({ status })}
        options={ORDER_STATUSES.map((value) => ({ value, label: STATUS_WORDS[value].label }))}
        testId="orders-filter-status"
      />
      <FilterSelect
        label={t('orders.type')}
        value={filter.kind}
        onChange={(kind) => setFilter({ kind })}
        options={ORDER_KINDS.map((value) => ({ value, label: KIND_WORDS[value] }))}
        testId="orders-filter-kind"
      />
      <FilterSelect
        label={t('orders.payment')}
        value={filter.paymentState}
        onChange={(paymentState) => setFilter({ paymentState })}
        options={PAYMENT_STATES.map((value) => ({ value, label: PAYMENT_STATE_WORDS[value].label }))}
        testId="orders-filter-payment"
      />
      {staff.length > 1 || filter.staffId ? (
        <FilterSelect
          label={t('orders.staff')}
          value={filter.staffId}
          onChange={(staffId) => setFilter({ staffId })}
          options={staff.map((member) => ({ value: member.id, label: member.name }))}
          testId="orders-filter-staff"
        />
      ) : null}
      <DateFilter
        label={t('orders.from')}
        className="order-filter"
        labelClassName="order-filter__label"
        value={filter.from ?? ''}
        max={filter.to}
        onChange={(from) => setFilter({ from: from || undefined })}
        testId="orders-filter-from"
      />
      <DateFilter
        label={t('orders.to')}
        className="order-filter"
        labelClassName="order-filter__label"
        value={filter.to ?? ''}
        min={filter.from}
        onChange={(to) => setFilter({ to: to || undefined })}
        testId="orders-filter-to"
      />
      {anyFilter ? (
        <Button
          size="small"
          variant="ghost"
          onClick={() => {
            typed.current = ''
            setText('')
            clearFilter()
          }}
          data-testid="orders-filter-clear"
        >
          {t('orders.clearFilters')}
        </Button>
      ) : null}
    </div>
  )
}
