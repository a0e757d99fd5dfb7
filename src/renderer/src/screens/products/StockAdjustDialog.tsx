import { useState } from 'react'
import type { Product, Variant } from '../../../../shared/catalog'
import type { AdjustmentReason, StockMovement } from '../../../../shared/stock'
import { CancelSubmit } from '../../components/CancelSubmit'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { NumberField, TextField } from '../../components/Field'
import { call } from '../../lib/call'
import { formatQuantity, parseStockInput } from '../../lib/weight'
import { fieldErrors } from '../../lib/errors'
import { useLiveQuery } from '../../lib/use-live-query'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { REASONS, reasonLabel } from './stock-reasons'
import { useAction } from '../../lib/use-action'

/** What the typed number means for each reason: units in, units out, or the count on the shelf. */
function deltaFor(reason: AdjustmentReason, value: number, current: number): number {
  const meaning = REASONS.find((entry) => entry.value === reason)?.quantity
  if (meaning === 'in') return value
  if (meaning === 'out') return -value
  if (meaning === 'count') return value - current
  return value
}

export function StockAdjustDialog({ product, variant, onClose }: { product: Product; variant: Variant; onClose(): void }) {
  const settings = useShopSettings()
  const [reason, setReason] = useState<AdjustmentReason>('received')
  const [quantity, setQuantity] = useState('')
  const [note, setNote] = useState('')
  const { busy, error, setError, run } = useAction(
    (change: number) => call((api) => api.stock.adjust({ variantId: variant.id, delta: change, reason, note })),
    (movement) => {
      toast(`${name}: stock is now ${amount(movement.stockAfter)}`)
      onClose()
    }
  )
  const movements = useLiveQuery<StockMovement[]>(() => window.api.stock.movements({ variantId: variant.id, limit: 5 }), [variant.id], ['stock.changed'])
  const errors = fieldErrors(error)
  const meaning = REASONS.find((entry) => entry.value === reason)
  // A weighed product's stock is thousandths of its unit: shown and typed as its weight.
  const amount = (stock: number) => formatQuantity(stock, product.soldBy, settings.locale)
  const parsed = parseStockInput(quantity, product.soldBy, { allowNegative: meaning?.quantity === 'change', label: meaning?.field ?? 'Quantity' })
  const delta = parsed.ok ? deltaFor(reason, parsed.value, variant.stock) : null
  const name = variant.label ? `${product.name} (${variant.label})` : product.name
  const dateTime = new Intl.DateTimeFormat(settings.locale, { dateStyle: 'short', timeStyle: 'short', timeZone: settings.timeZone })

  const submit = () => {
    if (!parsed.ok || delta === null) {
      setError({ code: 'VALIDATION', message: parsed.ok ? '' : parsed.message, issues: [{ path: 'delta', message: parsed.ok ? '' : parsed.message }] })
      return
    }
    if (delta === 0) {
      setError({
        code: 'VALIDATION',
        message: 'That leaves the stock as it is: nothing to record.',
        issues: [{ path: 'delta', message: 'That leaves the stock as it is' }]
      })
      return
    }
    void run(delta)
  }

  return (
    <Dialog
      title={`Stock of ${name}`}
      onClose={onClose}
      error={error}
      onSubmit={() => void submit()}
      testId="stock-form"
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="stock-form-save">
          Record adjustment
        </CancelSubmit>
      }
    >
      <ErrorNotice error={error} testId="stock-form-error" shownFields={/^(delta|reason|note)$/} />
      <p className="stock-now">
        In stock now: <strong data-testid="stock-form-current">{amount(variant.stock)}</strong>
        {delta !== null && delta !== 0 ? (
          <span className="muted" data-testid="stock-form-after">
            {' '}
            → after this: <strong>{amount(variant.stock + delta)}</strong>
          </span>
        ) : null}
      </p>
      <ChoiceGroup legend="Reason" value={reason} onChange={setReason} choices={REASONS} error={errors.reason} testId="stock-form-reason" />
      <div className="form-columns">
        <NumberField
          kind={product.soldBy === 'each' ? 'count' : 'decimal'}
          label={meaning?.field ?? 'Quantity'}
          value={quantity}
          onChange={setQuantity}
          error={errors.delta}
          testId="stock-form-quantity"
          autoFocus
        />
        <TextField label="Note (optional)" value={note} onChange={setNote} error={errors.note} testId="stock-form-note" maxLength={500} />
      </div>
      {movements.data && movements.data.length > 0 ? (
        <section className="stack stock-history" aria-label="Recent stock changes">
          <h3>Recent changes</h3>
          <ul data-testid="stock-history">
            {movements.data.map((movement) => (
              <li key={movement.id}>
                <span className="tabular">{dateTime.format(movement.createdAt)}</span>
                <span>{reasonLabel(movement.reason)}</span>
                <span className={`tabular ${movement.delta > 0 ? 'delta-in' : 'delta-out'}`}>
                  {movement.delta > 0 ? `+${amount(movement.delta)}` : amount(movement.delta)}
                </span>
                <span className="tabular muted">→ {amount(movement.stockAfter)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Dialog>
  )
}
