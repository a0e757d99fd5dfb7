import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Coupon } from '../../../../shared/coupons'
import type { Result } from '../../../../shared/errors'
import { Button } from '../../components/Button'
import { CancelSubmit } from '../../components/CancelSubmit'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../components/ErrorNotice'
import { NumberField, TextField } from '../../components/Field'
import { MoneyInput } from '../../components/MoneyInput'
import { call } from '../../lib/call'
import { fieldErrors, localRefusal } from '../../lib/errors'
import { decimalSeparator } from '../../lib/money'
import { useAction } from '../../lib/use-action'
import { useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { couponDraft, newCouponDraft, parseCouponDraft, type CouponDraft } from './coupon-form'
import { DateField } from '../../components/DateInput'

const SHOWN_FIELDS = /^(patch\.)?(code|description|kind|value|minSpend|validFrom|validUntil|usageLimit|active)$/

/** A new coupon, or one to change: its code (fixed once made), what it takes off, its days and its limit. */
export function CouponFormDialog({ coupon, onClose }: { coupon: Coupon | null; onClose(): void }) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const money = { digits: settings.currencyDigits, decimalMark: decimalSeparator(settings.locale) }
  const [draft, setDraft] = useState<CouponDraft>(() => (coupon ? couponDraft(coupon, money) : newCouponDraft()))
  const set =
    <K extends keyof CouponDraft>(key: K) =>
    (value: CouponDraft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }))

  const save = useAction(
    async (): Promise<Result<Coupon>> => {
      const parsed = parseCouponDraft(draft, money)
      if (!parsed.ok) {
        return { ok: false, error: localRefusal(parsed.field, parsed.message) }
      }
      const { code, ...patch } = parsed.input
      return call(() => (coupon ? window.api.coupons.update({ couponId: coupon.id, patch }) : window.api.coupons.create({ code, ...patch })))
    },
    (saved) => {
      toast(coupon ? t('coupons.form.saved', { code: saved.code }) : t('coupons.form.created', { code: saved.code }))
      onClose()
    }
  )
  const remove = useAction(
    () => call(() => window.api.coupons.delete({ couponId: coupon!.id })),
    () => {
      toast(t('coupons.form.deleted', { code: coupon!.code }))
      onClose()
    }
  )
  const refused = fieldErrors(save.error)
  const fields = Object.fromEntries(Object.entries(refused).map(([path, message]) => [path.replace(/^patch\./, ''), message]))
  const errorOf = (field: keyof CouponDraft) => fields[field]

  return (
    <Dialog
      title={coupon ? t('coupons.form.editTitle', { code: coupon.code }) : t('coupons.form.newTitle')}
      onClose={onClose}
      onSubmit={() => void save.run()}
      testId="coupon-form"
      width="wide"
      error={save.error}
      footer={
        <>
          {coupon && coupon.timesUsed === 0 ? (
            <Button variant="danger" onClick={() => void remove.run()} busy={remove.busy} data-testid="coupon-form-delete">
              {t('coupons.form.delete')}
            </Button>
          ) : null}
          <CancelSubmit onCancel={onClose} busy={save.busy} testId="coupon-form-save">
            {coupon ? t('coupons.form.save') : t('coupons.form.create')}
          </CancelSubmit>
        </>
      }
    >
      <ErrorNotice error={save.error} testId="coupon-form-error" shownFields={SHOWN_FIELDS} />
      <ErrorNotice error={remove.error} testId="coupon-form-delete-error" />
      <div className="coupon-form">
        <TextField
          label={t('coupons.form.code')}
          hint={coupon ? t('coupons.form.codeFixed') : t('coupons.form.codeHint')}
          value={draft.code}
          onChange={set('code')}
          error={errorOf('code')}
          disabled={coupon !== null}
          maxLength={32}
          autoComplete="off"
          testId="coupon-form-code"
          data-autofocus={coupon ? undefined : true}
        />
        <TextField
          label={t('coupons.form.description')}
          value={draft.description}
          onChange={set('description')}
          error={errorOf('description')}
          maxLength={200}
          autoComplete="off"
          testId="coupon-form-description"
          data-autofocus={coupon ? true : undefined}
        />
        <ChoiceGroup
          legend={t('coupons.form.kind')}
          value={draft.kind}
          onChange={set('kind')}
          choices={[
            { value: 'percent', label: t('coupons.form.kindPercent') },
            { value: 'amount', label: t('coupons.form.kindAmount', { currency: settings.currency }) }
          ]}
          error={errorOf('kind')}
          testId="coupon-form-kind"
        />
        {draft.kind === 'percent' ? (
          <NumberField
            kind="decimal"
            label={t('coupons.form.percent')}
            hint={t('coupons.form.percentHint')}
            value={draft.value}
            onChange={set('value')}
            error={errorOf('value')}
            testId="coupon-form-value"
          />
        ) : (
          <MoneyInput label={t('coupons.form.amount')} value={draft.value} onChange={set('value')} error={errorOf('value')} testId="coupon-form-value" />
        )}
        <MoneyInput
          label={t('coupons.form.minSpend')}
          hint={t('coupons.form.minSpendHint')}
          value={draft.minSpend}
          onChange={set('minSpend')}
          error={errorOf('minSpend')}
          testId="coupon-form-min-spend"
        />
        <DateField
          label={t('coupons.form.validFrom')}
          hint={t('coupons.form.dayHint')}
          value={draft.validFrom}
          max={draft.validUntil}
          onChange={set('validFrom')}
          error={errorOf('validFrom')}
          testId="coupon-form-valid-from"
        />
        <DateField
          label={t('coupons.form.validUntil')}
          hint={t('coupons.form.dayHint')}
          value={draft.validUntil}
          min={draft.validFrom}
          onChange={set('validUntil')}
          error={errorOf('validUntil')}
          testId="coupon-form-valid-until"
        />
        <NumberField
          kind="count"
          label={t('coupons.form.usageLimit')}
          hint={coupon ? t('coupons.form.usageLimitUsed', { used: coupon.timesUsed }) : t('coupons.form.usageLimitHint')}
          value={draft.usageLimit}
          onChange={set('usageLimit')}
          error={errorOf('usageLimit')}
          testId="coupon-form-usage-limit"
        />
        <label className="checkbox coupon-form__active">
          <input type="checkbox" checked={draft.active} onChange={(event) => set('active')(event.target.checked)} data-testid="coupon-form-active" />
          <span>{t('coupons.form.active')}</span>
        </label>
      </div>
    </Dialog>
  )
}
