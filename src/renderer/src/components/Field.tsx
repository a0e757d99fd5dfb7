import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'
import { decimalSeparator } from '../lib/money'
import { useShopSettings } from '../stores/settings-store'
import { useFieldKeypad } from './Keypad'

interface FieldFrameProps {
  label: string
  error?: string | undefined
  hint?: ReactNode
  /** The test id of the control; its error message gets `<testId>-error`. */
  testId: string
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode
}

/** A label, a control, and the control's own error right beside it. */
export function FieldFrame({ label, error, hint, testId, children }: FieldFrameProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error ? (
        <span className="field__error" id={errorId} data-testid={`${testId}-error`} role="alert">
          {error}
        </span>
      ) : null}
      {hint ? (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  )
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onChange(value: string): void
  error?: string | undefined
  hint?: ReactNode
  testId: string
}

export function TextField({ label, value, onChange, error, hint, testId, className, ...rest }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} testId={testId}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className={['input', className ?? ''].filter(Boolean).join(' ')}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-testid={testId}
          {...rest}
        />
      )}
    </FieldFrame>
  )
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onChange(value: string): void
  error?: string | undefined
  hint?: ReactNode
  testId: string
}

/** Text of several lines (an address, a receipt footer), printed line by line as typed. */
export function TextAreaField({ label, value, onChange, error, hint, testId, ...rest }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} testId={testId}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className="textarea"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-testid={testId}
          {...rest}
        />
      )}
    </FieldFrame>
  )
}

/**
 * A number typed by the shopkeeper: a whole count (a quantity) or a decimal (a percentage), with
 * the on-screen keypad on a touch till. Amounts of money use MoneyInput.
 */
export function NumberField({
  kind,
  label,
  value,
  onChange,
  error,
  hint,
  testId,
  onFocus,
  ...rest
}: Omit<TextFieldProps, 'inputMode'> & { kind: 'count' | 'decimal' }) {
  const settings = useShopSettings()
  const layout = { extra: kind === 'decimal' ? ('separator' as const) : null, separator: decimalSeparator(settings.locale) }
  const { inputProps, keypad } = useFieldKeypad({ testId, value, onChange, layout, inputMode: kind === 'decimal' ? 'decimal' : 'numeric', onFocus })
  return (
    <FieldFrame label={label} error={error} hint={hint} testId={testId}>
      {({ id, describedBy, invalid }) => (
        <>
          <input
            id={id}
            className="input"
            autoComplete="off"
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

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onChange(value: string): void
  options: ReadonlyArray<{ value: string; label: string }>
  error?: string | undefined
  hint?: ReactNode
  testId: string
}

export function SelectField({ label, value, onChange, options, error, hint, testId, ...rest }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} testId={testId}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-testid={testId}
          {...rest}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}
