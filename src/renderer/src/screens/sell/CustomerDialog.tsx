import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cart } from '../../../../shared/cart'
import type { CustomerPage } from '../../../../shared/customers'
import type { AppErrorData } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { CancelSubmit } from '../../components/CancelSubmit'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { TextField } from '../../components/Field'
import { fieldErrors } from '../../lib/errors'
import { useLiveQuery } from '../../lib/use-live-query'
import { toast } from '../../stores/toast-store'
import { useCartStore } from './cart-store'

type Attach = { customerId: number } | { newCustomer: { name: string; phone: string; email: string; address: string } }

/** Finds a customer by name, phone or email, or adds one on the spot, and puts them on the sale. */
export function CustomerDialog({ cart, onClose }: { cart: Cart; onClose(): void }) {
  const { t } = useTranslation()
  const change = useCartStore((state) => state.change)
  const [query, setQuery] = useState('')
  const [adding, setAdding] = useState(false)
  const [draft, setDraft] = useState({ name: '', phone: '', email: '', address: '' })
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const found = useLiveQuery<CustomerPage>(() => window.api.customers.search({ query: query.trim(), limit: 8 }), [query], ['customer.changed'])
  const errors = fieldErrors(error)

  const attach = async (what: Attach, name: string) => {
    setBusy(true)
    const result = await change((cartId) => window.api.cart.attachCustomer({ cartId, ...what }), { quiet: true })
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    toast(t('sell.customerDialog.attached', { name }))
    onClose()
  }
  const detach = async () => {
    setBusy(true)
    const result = await change((cartId) => window.api.cart.detachCustomer({ cartId }), { quiet: true })
    setBusy(false)
    if (!result.ok) setError(result.error)
    else onClose()
  }
  const startAdding = () => {
    const typed = query.trim()
    setDraft({ ...draft, ...(/^[\d+()\-.\s]+$/.test(typed) ? { phone: typed } : { name: typed }) })
    setAdding(true)
  }

  return (
    <Dialog
      title={adding ? t('sell.customerDialog.newTitle') : t('sell.customerDialog.title')}
      onClose={onClose}
      onSubmit={adding ? () => void attach({ newCustomer: draft }, draft.name.trim() || t('sell.customerDialog.theCustomer')) : undefined}
      testId="customer-dialog"
      width="wide"
      footer={
        adding ? (
          <CancelSubmit onCancel={() => setAdding(false)} busy={busy} testId="customer-dialog-save" cancelLabel={t('sell.customerDialog.back')}>
            {t('sell.customerDialog.addAndUse')}
          </CancelSubmit>
        ) : (
          <>
            {cart.customer ? (
              <Button variant="danger" onClick={() => void detach()} data-testid="customer-dialog-detach">
                {t('sell.customerDialog.remove', { name: cart.customer.name })}
              </Button>
            ) : null}
            <span className="spacer" />
            <Button variant="primary" hotkey="Alt+N" onClick={startAdding} data-testid="customer-dialog-new">
              {t('sell.customerDialog.new')}
            </Button>
          </>
        )
      }
    >
      <ErrorNotice error={error} testId="customer-dialog-error" shownFields={/^(newCustomer\.)?(name|phone|email|address)$/} />
      {adding ? (
        <div className="form-grid">
          <TextField
            label={t('sell.customerDialog.name')}
            value={draft.name}
            onChange={(name) => setDraft({ ...draft, name })}
            error={errors['newCustomer.name'] ?? errors.name}
            maxLength={120}
            testId="customer-new-name"
            data-autofocus
          />
          <TextField
            label={t('sell.customerDialog.phone')}
            value={draft.phone}
            onChange={(phone) => setDraft({ ...draft, phone })}
            error={errors['newCustomer.phone'] ?? errors.phone}
            maxLength={40}
            inputMode="tel"
            testId="customer-new-phone"
          />
          <TextField
            label={t('sell.customerDialog.email')}
            value={draft.email}
            onChange={(email) => setDraft({ ...draft, email })}
            error={errors['newCustomer.email'] ?? errors.email}
            maxLength={200}
            inputMode="email"
            testId="customer-new-email"
          />
          <TextField
            label={t('sell.customerDialog.address')}
            value={draft.address}
            onChange={(address) => setDraft({ ...draft, address })}
            error={errors['newCustomer.address'] ?? errors.address}
            maxLength={500}
            testId="customer-new-address"
          />
        </div>
      ) : (
        <>
          <TextField
            label={t('sell.customerDialog.search')}
            value={query}
            onChange={setQuery}
            onKeyDown={(event) => {
              const first = found.data?.customers[0]
              if (event.key === 'Enter' && first) {
                event.preventDefault()
                void attach({ customerId: first.id }, first.name)
              }
            }}
            autoComplete="off"
            testId="customer-dialog-search"
            data-autofocus
          />
          <ErrorNotice error={found.error} testId="customer-dialog-search-error" />
          <ul className="plain-list" data-testid="customer-results">
            {(found.data?.customers ?? []).map((customer) => (
              <li key={customer.id}>
                <button
                  type="button"
                  className="customer-result"
                  onClick={() => void attach({ customerId: customer.id }, customer.name)}
                  data-testid="customer-result"
                >
                  <strong>{customer.name}</strong>
                  <span className="muted">{[customer.phone, customer.email].filter(Boolean).join(' · ')}</span>
                  {customer.address ? <span className="muted customer-result__address">{customer.address}</span> : null}
                </button>
              </li>
            ))}
          </ul>
          {found.data && found.data.customers.length === 0 ? (
            <p className="muted" data-testid="customer-dialog-none">
              {query.trim() ? t('sell.customerDialog.noMatch', { query: query.trim() }) : t('sell.customerDialog.none')}
            </p>
          ) : null}
        </>
      )}
    </Dialog>
  )
}
