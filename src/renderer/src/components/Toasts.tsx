import { useToastStore } from '../stores/toast-store'

/** Short confirmations in a corner that never covers the cart or the pay button. */
export function Toasts() {
  const toasts = useToastStore((state) => state.toasts)
  const dismiss = useToastStore((state) => state.dismiss)
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <button key={toast.id} type="button" className={`toast toast--${toast.tone}`} onClick={() => dismiss(toast.id)} data-testid="toast">
          {toast.text}
        </button>
      ))}
    </div>
  )
}
