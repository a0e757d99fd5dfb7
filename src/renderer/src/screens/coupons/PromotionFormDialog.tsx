import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CategorySummary, SellableVariant } from '../../../../shared/catalog'
import type { Result } from '../../../../shared/errors'
import type { Promotion } from '../../../../shared/promotions'
import { CancelSubmit } from '../../components/CancelSubmit'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { NumberField, SelectField, TextField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { call } from '../../lib/call'
import { fieldErrors } from '../../lib/errors'
import { decimalSeparator } from '../../lib/money'
import { useAction } from '../../lib/use-action'
import { useLiveQuery } from '../../lib/use-live-query'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { newPromotionDraft, parsePromotionDraft, promotionDraft, type PromotionDraft } from './promotion-form'

const SHOWN_FIELDS = /^(promotion\.)?(name|productId|category|kind|quantity|price|freeQuantity|active)$/

/** A new promotion, or one to change: its name on the receipt, its product or category and the deal. */
export function PromotionFormDialog({ promotion, onClose }: { promotion: Promotion | null; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const money = { digits: settings.currencyDigits, decimalMark: decimalSeparator(settings.locale) }
  const [draft, setDraft] = useState<PromotionDraft>(() => (promotion ? promotionDraft(promotion, money) : newPromotionDraft()))
  const [query, setQuery] = useState('')
  const set =
    <K extends keyof PromotionDraft>(key: K) =>
    (value: PromotionDraft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }))
  const found = useLiveQuery<SellableVariant[]>(
    () => (query.trim() === '' ? Promise.resolve({ ok: true as const, data: [] }) : window.api.catalog.search({ text: query.trim(), limit: 6 })),
    [query],
    ['catalog.changed']
  )
  const products = [...new Map((found.data ?? []).map((variant) => [variant.productId, variant])).values()]
  const categories = useLiveQuery<CategorySummary[]>(() => window.api.catalog.categories(), [], ['catalog.changed'])
  const categoryChoices = [
    { value: '', label: t('coupons.promotions.form.categoryNone') },
    ...(categories.data ?? []).filter((category) => category.name !== '').map((category) => ({ value: category.name, label: category.name })),
    // A stored rule's category stays choosable after its last product left it.
    ...(draft.category !== '' && !(categories.data ?? []).some((category) => category.name === draft.category)
      ? [{ value: draft.category, label: draft.category }]
      : [])
  ]

  const save = useAction(
    async (): Promise<Result<Promotion>> => {
      const parsed = parsePromotionDraft(draft, money)
      if (!parsed.ok) {
        return { ok: false, error: { code: 'VALIDATION', message: parsed.message, issues: [{ path: parsed.field, message: parsed.message }] } }
      }
      return call(() =>
        promotion ? window.api.promotions.update({ promotionId: promotion.id, promotion: parsed.input }) : window.api.promotions.create(parsed.input)
      )
    },
    (saved) => {
      toast(promotion ? t('coupons.promotions.form.saved', { name: saved.name }) : t('coupons.promotions.form.created', { name: saved.name }))
      onClose()
    }
  )
  const refused = fieldErrors(save.error)
  const errorOf = (field: keyof PromotionDraft) => Object.entries(refused).find(([path]) => path.replace(/^promotion\./, '') === field)?.[1]

  return (
    <Dialog
      title={promotion ? t('coupons.promotions.form.editTitle', { name: promotion.name }) : t('coupons.promotions.form.newTitle')}
      onClose={onClose}
      onSubmit={() => void save.run()}
      testId="promotion-form"
      width="wide"
      error={save.error}
      footer={
        <CancelSubmit onCancel={onClose} busy={save.busy} testId="promotion-form-save">
          {promotion ? t('coupons.promotions.form.save') : t('coupons.promotions.form.create')}
        </CancelSubmit>
      }
    >
      <ErrorNotice error={save.error} testId="promotion-form-error" shownFields={SHOWN_FIELDS} />
      <div className="coupon-form">
        <TextField
          label={t('coupons.promotions.form.name')}
          hint={t('coupons.promotions.form.nameHint')}
          value={draft.name}
          onChange={set('name')}
          error={errorOf('name')}
          maxLength={60}
          autoComplete="off"
          testId="promotion-form-name"
          data-autofocus
        />
        <ChoiceGroup
          legend={t('coupons.promotions.form.target')}
          value={draft.target}
          onChange={set('target')}
          choices={[
            { value: 'product', label: t('coupons.promotions.form.targetProduct') },
            { value: 'category', label: t('coupons.promotions.form.targetCategory') }
          ]}
          testId="promotion-form-target"
        />
        {draft.target === 'product' ? (
          <div className="promotion-form__product">
            <TextField
              label={t('coupons.promotions.form.product')}
              hint={
                draft.productId === null ? t('coupons.promotions.form.productNone') : t('coupons.promotions.form.productChosen', { name: draft.productName })
              }
              placeholder={t('coupons.promotions.form.productSearch')}
              value={query}
              onChange={setQuery}
              error={errorOf('productId')}
              autoComplete="off"
              testId="promotion-form-product"
            />
            {products.length > 0 ? (
              <ul className="promotion-form__found" data-testid="promotion-form-found">
                {products.map((variant) => (
                  <li key={variant.productId}>
                    <button
                      type="button"
                      className="coupons-table__open"
                      onClick={() => {
                        setDraft((current) => ({ ...current, productId: variant.productId, productName: variant.productName }))
                        setQuery('')
                      }}
                      data-testid="promotion-form-pick"
                    >
                      {variant.productName}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : (
          <SelectField
            label={t('coupons.promotions.form.category')}
            hint={t('coupons.promotions.form.categoryHint')}
            value={draft.category}
            onChange={set('category')}
            options={categoryChoices}
            error={errorOf('category')}
            testId="promotion-form-category"
          />
        )}
        <ChoiceGroup
          legend={t('coupons.promotions.form.kind')}
          value={draft.kind}
          onChange={set('kind')}
          choices={[
            { value: 'multi_price', label: t('coupons.promotions.form.kindMultiPrice') },
            { value: 'buy_get', label: t('coupons.promotions.form.kindBuyGet') }
          ]}
          error={errorOf('kind')}
          testId="promotion-form-kind"
        />
        <NumberField
          kind="count"
          label={draft.kind === 'multi_price' ? t('coupons.promotions.form.quantity') : t('coupons.promotions.form.buyQuantity')}
          value={draft.quantity}
          onChange={set('quantity')}
          error={errorOf('quantity')}
          testId="promotion-form-quantity"
        />
        {draft.kind === 'multi_price' ? (
          <MoneyInput
            label={t('coupons.promotions.form.price')}
            value={draft.price}
            onChange={set('price')}
            error={errorOf('price')}
            testId="promotion-form-price"
          />
        ) : (
          <NumberField
            kind="count"
            label={t('coupons.promotions.form.freeQuantity')}
            value={draft.freeQuantity}
            onChange={set('freeQuantity')}
            error={errorOf('freeQuantity')}
            testId="promotion-form-free"
          />
        )}
        <label className="checkbox coupon-form__active">
          <input type="checkbox" checked={draft.active} onChange={(event) => set('active')(event.target.checked)} data-testid="promotion-form-active" />
          <span>{t('coupons.promotions.form.active')}</span>
        </label>
      </div>
    </Dialog>
  )
}
