import { useRef, type ButtonHTMLAttributes, type ReactNode } from 'react'
import { useHotkey, type Hotkey } from '../lib/hotkeys'
import { Kbd } from './Kbd'

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  children: ReactNode
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost'
  size?: 'small' | 'normal' | 'large'
  /** Pressing this key clicks the button while it is on screen and enabled; the key is printed on it. */
  hotkey?: Hotkey
  /** Disables the button and says so while its action runs, so a double press never does it twice. */
  busy?: boolean
}

export function Button({ children, variant = 'secondary', size = 'normal', hotkey, busy = false, className, disabled, type = 'button', ...rest }: ButtonProps) {
  const button = useRef<HTMLButtonElement>(null)
  const inactive = Boolean(disabled) || busy
  useHotkey(hotkey ?? '', () => button.current?.click(), hotkey !== undefined && !inactive)
  const classes = ['button', `button--${variant}`, size === 'normal' ? '' : `button--${size}`, className ?? ''].filter(Boolean).join(' ')
  return (
    <button ref={button} type={type} className={classes} disabled={inactive} aria-busy={busy || undefined} aria-keyshortcuts={hotkey} {...rest}>
      <span>{children}</span>
      {hotkey ? <Kbd hotkey={hotkey} /> : null}
    </button>
  )
}
