import type { InputHTMLAttributes, ReactNode } from 'react'
import { decimalSeparator, parseMoneyInput, type MoneyParse } from '../lib/money'
import { useShopSettings } from '../stores/settings-store'
import { FieldFrame } from './Field'
import { useFieldKeypad } from './Keypad'

interface MoneyInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string
  /** What the shopkeeper typed, kept as text so "12.5" stays as typed while editing. */
  value: string
  onChange(value: string): void
  /** A refusal from the main process for this field; a typing mistake is shown without it. */
  error?: string | undefined
  /** Show the parse problem (after a submit attempt or once the field was left). */
  showParseError?: boolean
  hint?: ReactNode
  testId: string
}

/**
 * An amount typed as a decimal ("12.50") and read as exact minor units. The currency symbol sits
 * beside the field; read the amount with `useMoneyParser()(value)`.
 */
export function MoneyInput({ label, value, onChange, error, showParseError = false, hint, testId, onFocus, ...rest }: MoneyInputProps) {
  const settings = useShopSettings()
  const mark = decimalSeparator(settings.locale)
  const { inputProps, keypad } = useFieldKeypad({
    testId,
    value,
    onChange,
    layout: { extra: settings.currencyDigits > 0 ? 'separator' : '00', separator: mark },
    inputMode: 'decimal',
    onFocus
  })
  const parsed = parseMoneyInput(value, settings.currencyDigits, mark)
  const shown = error ?? (showParseError && !parsed.ok ? parsed.message : undefined)
  const placeholder = settings.currencyDigits === 0 ? '0' : `0${mark}${'0'.repeat(settings.currencyDigits)}`
  return (
    <FieldFrame label={`${label} (${settings.currency})`} error={shown} hint={hint} testId={testId}>
      {({ id, describedBy, invalid }) => (
        <>
          <input
            id={id}
            className="input input--money"
            autoComplete="off"
            placeholder={placeholder}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            data-testid={testId}
            {...inputProps}
            {...rest}
          />
          {keypad}
        </>
      )}
    </FieldFrame>
  )
}

/** Reads money input text with the shop's currency digits ("1,50" and "1.50" alike). */
export function useMoneyParser(): (text: string) => MoneyParse {
  const settings = useShopSettings()
  const mark = decimalSeparator(settings.locale)
  return (text) => parseMoneyInput(text, settings.currencyDigits, mark)
}
