import { useRef, type FocusEvent } from 'react'
import { applyKey, type KeypadKey, type KeypadLayout } from '../lib/keypad'
import { useKeypadStore, useTouchTill } from '../lib/touch'
import { useTranslation } from 'react-i18next'

const ROWS: ReadonlyArray<ReadonlyArray<KeypadKey>> = [
  ['7', '8', '9'],
  ['4', '5', '6'],
  ['1', '2', '3']
]

interface KeypadProps {
  value: string
  onChange(value: string): void
  layout: KeypadLayout
  /** The field the keypad types into: it keeps the focus, so a keyboard still works beside it. */
  field: () => HTMLInputElement | null
  testId: string
}

/** Digits for a touch till: under the amount or quantity field touched last, typing into it. */
export function Keypad({ value, onChange, layout, field, testId }: KeypadProps) {
  const { t } = useTranslation()
  const press = (key: KeypadKey) => {
    onChange(applyKey(value, key, layout))
    field()?.focus({ preventScroll: true })
  }
  const keyButton = (key: KeypadKey, label: string, name: string) => (
    <button key={key} type="button" className="keypad__key" onClick={() => press(key)} aria-label={name} data-testid={`${testId}-keypad-${key}`}>
      {label}
    </button>
  )
  return (
    <div className="keypad" role="group" aria-label={t('keypad.keypad')} data-testid={`${testId}-keypad`}>
      {ROWS.flat().map((key) => keyButton(key, key, key))}
      {layout.extra === 'separator'
        ? keyButton('separator', layout.separator, t('keypad.decimalSeparator'))
        : layout.extra === '00'
          ? keyButton('00', '00', t('keypad.doubleZero'))
          : keyButton('clear', 'C', t('keypad.clear'))}
      {keyButton('0', '0', '0')}
      {keyButton('delete', '⌫', t('keypad.delete'))}
    </div>
  )
}

interface FieldKeypadOptions {
  testId: string
  value: string
  onChange(value: string): void
  layout: KeypadLayout
  /** The keyboard a phone or tablet would offer when the till is not worked by touch. */
  inputMode: 'decimal' | 'numeric'
  onFocus?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined
}

/**
 * An amount or quantity field's keypad: on a touch till, touching the field shows the keypad
 * under it (the system keyboard stays away); elsewhere the field is a plain input.
 */
export function useFieldKeypad({ testId, value, onChange, layout, inputMode, onFocus }: FieldKeypadOptions) {
  const input = useRef<HTMLInputElement>(null)
  const touch = useTouchTill()
  const shown = useKeypadStore((state) => touch && state.owner === testId)
  const claim = useKeypadStore((state) => state.claim)
  return {
    inputProps: {
      ref: input,
      inputMode: touch ? ('none' as const) : inputMode,
      onFocus: (event: FocusEvent<HTMLInputElement>) => {
        if (touch) claim(testId)
        onFocus?.(event)
      }
    },
    keypad: shown ? <Keypad value={value} onChange={onChange} layout={layout} field={() => input.current} testId={testId} /> : null
  }
}
