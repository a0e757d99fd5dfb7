import { useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Product, Variant } from '../../../../shared/catalog'
import type { AdjustmentReason, StockMovement } from '../../../../shared/stock'
import { CancelSubmit } from '../../components/CancelSubmit'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { NumberField, TextField } from '../../components/Field'
import { call } from '../../lib/call'
import { formatQuantity, parseStockInput } from '../../lib/weight'
import { fieldErrors, localIssue, localRefusal } from '../../lib/errors'
import { useLiveQuery } from '../../lib/use-live-query'
import { useDateLocale } from '../../i18n/use-locale'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { REASONS, reasonField, reasonLabel } from './stock-reasons'
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
  const { t } = useTranslation()
  const settings = useShopSettings()
  const dateLocale = useDateLocale()
  const [reason, setReason] = useState<AdjustmentReason>('received')
  const [quantity, setQuantity] = useState('')
  const [note, setNote] = useState('')
  const { busy, error, setError, run } = useAction(
    (change: number) => call((api) => api.stock.adjust({ variantId: variant.id, delta: change, reason, note })),
    (movement) => {
      toast(t('products.stock.saved', { name, amount: amount(movement.stockAfter) }))
      onClose()
    }
  )
  const movements = useLiveQuery<StockMovement[]>(() => window.api.stock.movements({ variantId: variant.id, limit: 5 }), [variant.id], ['stock.changed'])
  const errors = fieldErrors(error)
  const meaning = REASONS.find((entry) => entry.value === reason)
  // A weighed product's stock is thousandths of its unit: shown and typed as its weight.
  const amount = (stock: number) => formatQuantity(stock, product.soldBy, settings.locale)
  const field = reasonField(reason, product.soldBy)
  const parsed = parseStockInput(quantity, product.soldBy, { allowNegative: meaning?.quantity === 'change', label: field })
  const delta = parsed.ok ? deltaFor(reason, parsed.value, variant.stock) : null
  const name = variant.label ? t('products.variantName', { product: product.name, variant: variant.label }) : product.name
  const dateTime = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'short', timeStyle: 'short', timeZone: settings.timeZone })

  const submit = () => {
    if (!parsed.ok || delta === null) {
      setError(localRefusal('delta', parsed.ok ? '' : parsed.message))
      return
    }
    if (delta === 0) {
      setError({
        code: 'VALIDATION',
        message: t('products.stock.nothingToRecord'),
        issues: [localIssue('delta', t('products.stock.unchanged'))]
      })
      return
    }
    void run(delta)
  }

  return (
    <Dialog
      title={t('products.stock.title', { name })}
      onClose={onClose}
      error={error}
      onSubmit={() => void submit()}
      testId="stock-form"
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="stock-form-save">
          {t('products.stock.save')}
        </CancelSubmit>
      }
    >
      <ErrorNotice error={error} testId="stock-form-error" shownFields={/^(delta|reason|note)$/} />
      <p className="stock-now">
        <Trans i18nKey="products.stock.now" values={{ amount: amount(variant.stock) }} components={{ strong: <strong data-testid="stock-form-current" /> }} />
        {delta !== null && delta !== 0 ? (
          <span className="muted" data-testid="stock-form-after">
            {' '}
            <Trans i18nKey="products.stock.afterThis" values={{ amount: amount(variant.stock + delta) }} components={{ strong: <strong /> }} />
          </span>
        ) : null}
      </p>
      <ChoiceGroup
        legend={t('products.stock.reasonLegend')}
        value={reason}
        onChange={setReason}
        choices={REASONS.map((entry) => ({ value: entry.value, label: reasonLabel(entry.value) }))}
        error={errors.reason}
        testId="stock-form-reason"
      />
      <div className="form-columns">
        <NumberField
          kind={product.soldBy === 'each' ? 'count' : 'decimal'}
          label={field}
          value={quantity}
          onChange={setQuantity}
          error={errors.delta}
          testId="stock-form-quantity"
          autoFocus
        />
        <TextField label={t('products.stock.note')} value={note} onChange={setNote} error={errors.note} testId="stock-form-note" maxLength={500} />
      </div>
      {movements.data && movements.data.length > 0 ? (
        <section className="stack stock-history" aria-label={t('products.stock.recentLabel')}>
          <h3>{t('products.stock.recent')}</h3>
          <ul data-testid="stock-history">
            {movements.data.map((movement) => (
              <li key={movement.id}>
                <span className="tabular">{dateTime.format(movement.createdAt)}</span>
                <span>{reasonLabel(movement.reason)}</span>
                <span className={`tabular ${movement.delta > 0 ? 'delta-in' : 'delta-out'}`}>
                  {movement.delta > 0 ? `+${amount(movement.delta)}` : amount(movement.delta)}
                </span>
                <span className="tabular muted">{t('products.stock.leaves', { amount: amount(movement.stockAfter) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Dialog>
  )
}
