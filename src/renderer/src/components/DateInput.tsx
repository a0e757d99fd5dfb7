import { useCallback, useEffect, useId, useMemo, useRef, useState, type InputHTMLAttributes, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useDateLocale } from '../i18n/use-locale'
import { dateOrder, formatDay, parseDay } from '../lib/date-text'
import { DateCalendar } from './DateCalendar'
import { FieldFrame } from './Field'

interface DateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'min' | 'max'> {
  /** A business day, YYYY-MM-DD, or '' for none. */
  value: string
  onChange(day: string): void
  testId: string
  /**
   * The first and last day to offer (YYYY-MM-DD), as a native date input's min and max: the calendar
   * greys the days outside; a typed day is still taken, and the form says what is wrong with it.
   */
  min?: string | undefined
  max?: string | undefined
}

/**
 * A day typed and shown in the screen's language ("05.03.2026" in German, "03/05/2026" in US
 * English), not Chromium's own date input, which follows the browser's locale whatever the screen
 * says (a German screen showed mm/dd/yyyy). YYYY-MM-DD is read too. It reports a day only once the
 * text reads as one ('' when emptied); on leaving, the text is written again as the locale writes it.
 * The button at its end (or Alt+↓) opens a month grid to pick the day from (DateCalendar).
 */
export function DateInput({ value, onChange, testId, className, onBlur, min, max, ...rest }: DateInputProps) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const placeholder = useDatePlaceholder(locale)
  const [text, setText] = useState(() => formatDay(value, locale))
  const [open, setOpen] = useState(false)
  const frame = useRef<HTMLSpanElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const calendarId = useId()
  const shownIn = useRef(locale)
  useEffect(() => {
    // A day set from outside (a preset, a cleared filter) or a language switch is written afresh.
    const switched = shownIn.current !== locale
    shownIn.current = locale
    setText((typed) => (!switched && parseDay(typed, locale) === value ? typed : formatDay(value, locale)))
  }, [value, locale])
  const typedDay = parseDay(text, locale)
  const taken = typedDay !== null
  const close = useCallback(() => {
    setOpen(false)
    // Focus goes back to the button that opened it, unless a click elsewhere already took it.
    if (!document.activeElement || document.activeElement === document.body || frame.current?.contains(document.activeElement)) trigger.current?.focus()
  }, [])
  return (
    <span className="date-input" ref={frame}>
      <input
        {...rest}
        ref={input}
        className={['input', 'input--date', className ?? ''].filter(Boolean).join(' ')}
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          const day = parseDay(event.target.value, locale)
          if (day !== null && day !== value) onChange(day)
        }}
        onKeyDown={(event) => {
          // Alt+↓ opens the calendar, as it opens a list.
          if (event.key === 'ArrowDown' && event.altKey) {
            event.preventDefault()
            setOpen(true)
          }
        }}
        onBlur={(event) => {
          if (taken) setText(formatDay(value, locale))
          onBlur?.(event)
        }}
        aria-invalid={!taken || rest['aria-invalid']}
        data-testid={testId}
      />
      <button
        ref={trigger}
        type="button"
        className="date-input__open"
        aria-label={t('input.date.calendar.open')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? calendarId : undefined}
        disabled={rest.disabled}
        onClick={() => setOpen((was) => !was)}
        data-testid={`${testId}-open`}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <rect x="3.5" y="5" width="17" height="15" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M3.5 10h17M8 3v4M16 3v4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
      {open ? (
        <DateCalendar
          id={calendarId}
          value={typedDay || value}
          min={min || undefined}
          max={max || undefined}
          locale={locale}
          anchor={frame}
          onPick={(day) => {
            setText(formatDay(day, locale))
            if (day !== value) onChange(day)
            setOpen(false)
            input.current?.focus()
          }}
          onClose={close}
          testId={testId}
        />
      ) : null}
    </span>
  )
}

/** "TT.MM.JJJJ", "mm/dd/yyyy": what to type, in the order and with the letters of the screen language. */
function useDatePlaceholder(locale: string): string {
  const { t } = useTranslation()
  return useMemo(() => {
    const { parts, separator } = dateOrder(locale)
    const letters = { day: t('input.date.day'), month: t('input.date.month'), year: t('input.date.year') }
    return parts.map((part) => letters[part]).join(separator)
  }, [locale, t])
}

interface DateFieldProps extends Omit<DateInputProps, 'id' | 'aria-describedby'> {
  label: string
  error?: string | undefined
  hint?: ReactNode
}

/** A DateInput with its label, hint and error beside it. */
export function DateField({ label, error, hint, testId, ...rest }: DateFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} testId={testId}>
      {({ id, describedBy, invalid }) => <DateInput id={id} aria-describedby={describedBy} aria-invalid={invalid} testId={testId} {...rest} />}
    </FieldFrame>
  )
}

interface DateFilterProps extends Omit<DateInputProps, 'id'> {
  label: string
  /** The box around label and field, and the label's own class: each filter row has its look. */
  className: string
  labelClassName: string
}

/**
 * A DateInput under a short label, for a filter row. The label points at the field (htmlFor) rather
 * than wrapping it, so the calendar button's name and the open calendar do not join the field's name.
 */
export function DateFilter({ label, className, labelClassName, ...rest }: DateFilterProps) {
  const id = useId()
  return (
    <div className={className}>
      <label className={labelClassName} htmlFor={id}>
        {label}
      </label>
      <DateInput id={id} {...rest} />
    </div>
  )
}
