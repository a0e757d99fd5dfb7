import { useEffect, useMemo, useRef, useState, type InputHTMLAttributes, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useDateLocale } from '../i18n/use-locale'
import { dateOrder, formatDay, parseDay } from '../lib/date-text'
import { FieldFrame } from './Field'

interface DateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'min' | 'max'> {
  /** A business day, YYYY-MM-DD, or '' for none. */
  value: string
  onChange(day: string): void
  testId: string
}

/**
 * A day typed and shown in the screen's language ("05.03.2026" in German, "03/05/2026" in US
 * English), not Chromium's own date input, which follows the browser's locale whatever the screen
 * says (a German screen showed mm/dd/yyyy). YYYY-MM-DD is read too. It reports a day only once the
 * text reads as one ('' when emptied); on leaving, the text is written again as the locale writes it.
 */
export function DateInput({ value, onChange, testId, className, onBlur, ...rest }: DateInputProps) {
  const locale = useDateLocale()
  const placeholder = useDatePlaceholder(locale)
  const [text, setText] = useState(() => formatDay(value, locale))
  const shownIn = useRef(locale)
  useEffect(() => {
    // A day set from outside (a preset, a cleared filter) or a language switch is written afresh.
    const switched = shownIn.current !== locale
    shownIn.current = locale
    setText((typed) => (!switched && parseDay(typed, locale) === value ? typed : formatDay(value, locale)))
  }, [value, locale])
  const unreadable = parseDay(text, locale) === null
  return (
    <input
      {...rest}
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
      onBlur={(event) => {
        if (!unreadable) setText(formatDay(value, locale))
        onBlur?.(event)
      }}
      aria-invalid={unreadable || rest['aria-invalid']}
      data-testid={testId}
    />
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
