import { useEffect, useRef, type FormEvent, type ReactNode } from 'react'
import { HotkeyLayerProvider, useHotkeyLayer } from '../lib/hotkeys'
import { useFocusFirstInvalid } from '../lib/use-focus-first-invalid'
import { useTranslation } from 'react-i18next'
import { Kbd } from './Kbd'

interface DialogProps {
  title: string
  /** Esc, the close button and a click outside all call this. */
  onClose(): void
  children: ReactNode
  /** Buttons along the bottom; a submit button submits the dialog's form. */
  footer?: ReactNode
  /** When given, the dialog is a form and Enter in a field submits it. */
  onSubmit?(): void
  testId: string
  width?: 'normal' | 'wide'
  /** The form's latest refusal: when it changes, the first invalid field gets the focus. */
  error?: unknown
}

/**
 * A modal on the native <dialog>: focus moves in and stays in, Esc closes it, the page behind
 * cannot be clicked. Mount it to open it; unmount it to close it.
 */
export function Dialog({ title, onClose, children, footer, onSubmit, testId, width = 'normal', error }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const layer = useHotkeyLayer()
  const { t } = useTranslation()
  useFocusFirstInvalid(dialog, error)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    // showModal() focuses the first control (the Close button); a field marked data-autofocus is what the shopkeeper types into first.
    element?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    return () => element?.close()
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit?.()
  }
  const body = (
    <>
      <header className="dialog__header">
        <h2>{title}</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose} data-testid={`${testId}-close`} aria-label={t('common.close')}>
          <span>{t('common.close')}</span>
          <Kbd hotkey="Escape" />
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {footer ? <footer className="dialog__footer">{footer}</footer> : null}
    </>
  )
  return (
    // A click on the backdrop closes the dialog as Esc does (onCancel): the keyboard already has its way.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialog}
      className={`dialog dialog--${width}`}
      aria-label={title}
      data-testid={testId}
      onCancel={(event) => {
        // Esc in a dialog opened from this one (a receipt preview over Sale complete) closes only that one.
        if (event.target !== dialog.current) return
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose()
      }}
    >
      <HotkeyLayerProvider value={layer}>
        {onSubmit ? (
          <form className="dialog__form" onSubmit={submit} noValidate>
            {body}
          </form>
        ) : (
          <div className="dialog__form">{body}</div>
        )}
      </HotkeyLayerProvider>
    </dialog>
  )
}
