import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PIN_MAX_DIGITS } from '../../../shared/staff'
import { asciiDigits } from '../lib/digits'
import './pin-pad.css'

interface PinPadProps {
  /** Called with the digits when OK (or Enter) is pressed. */
  onSubmit(pin: string): void
  busy?: boolean
  /** Cleared after each refusal, so a new try starts empty. */
  resetKey?: unknown
  testId?: string
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const

/**
 * Big keys for a finger, and the keyboard's digits, Backspace and Enter. The digits are shown as
 * dots only and never leave this component except to `onSubmit`.
 */
export function PinPad({ onSubmit, busy = false, resetKey, testId = 'pin-pad' }: PinPadProps) {
  const { t } = useTranslation()
  const [pin, setPin] = useState('')
  useEffect(() => setPin(''), [resetKey])
  const press = (key: (typeof KEYS)[number] | 'enter') => {
    if (busy) return
    if (key === 'enter') {
      if (pin.length > 0) onSubmit(pin)
    } else if (key === 'back') setPin((current) => current.slice(0, -1))
    else if (key === 'clear') setPin('')
    else setPin((current) => (current.length < PIN_MAX_DIGITS ? current + key : current))
  }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return
      // An Arabic keyboard's digits (٢) are the same keys.
      const digit = asciiDigits(event.key)
      if (/^\d$/.test(digit)) press(digit as (typeof KEYS)[number])
      else if (event.key === 'Backspace') press('back')
      else if (event.key === 'Enter') press('enter')
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })
  return (
    <div className="pin-pad" data-testid={testId}>
      <div className="pin-pad__dots" role="img" aria-label={t('staff.pinPad.digitsTyped', { count: pin.length })} data-testid={`${testId}-dots`}>
        {Array.from({ length: Math.max(4, pin.length) }, (_, index) => (
          <span key={index} className={index < pin.length ? 'pin-pad__dot pin-pad__dot--filled' : 'pin-pad__dot'} />
        ))}
      </div>
      <div className="pin-pad__keys">
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className={`pin-pad__key pin-pad__key--${/\d/.test(key) ? 'digit' : key}`}
            onClick={() => press(key)}
            disabled={busy}
            data-testid={`${testId}-key-${key}`}
            aria-label={key === 'back' ? t('staff.pinPad.deleteLast') : key === 'clear' ? t('staff.pinPad.clear') : key}
          >
            {key === 'back' ? '⌫' : key === 'clear' ? t('staff.pinPad.clear') : key}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button button--primary button--large pin-pad__ok"
        onClick={() => press('enter')}
        disabled={busy || pin.length === 0}
        aria-busy={busy || undefined}
        data-testid={`${testId}-ok`}
      >
        <span>{busy ? t('staff.pinPad.checking') : t('staff.pinPad.ok')}</span>
      </button>
    </div>
  )
}
