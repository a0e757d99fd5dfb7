import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { Language } from '../../../../shared/i18n/languages'
import {
  RECEIPT_FOOTER_MAX_LINES,
  type CashRoundingRule,
  type SettingsPatch,
  type ShopSettings,
  type ShortStockRule,
  type TaxMode,
  type TaxRounding,
  type TouchMode
} from '../../../../shared/settings'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { fieldErrors, localRefusal } from '../../lib/errors'
import { currencyChoices, localeChoices, timeZoneChoices } from '../../lib/regions'
import { useMissingPermission } from '../../stores/session-store'
import { useSettingsStore, useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { JournalSettingsTab } from '../journal/JournalSettingsTab'
import { LanguageSection } from './LanguageSection'
import { CustomerDisplaySection } from './CustomerDisplaySection'
import { MoneyPreview } from './MoneyPreview'
import { PrinterSettingsTab } from './PrinterSettingsTab'
import { parseScalePrefixes, ScaleLabelFields, scaleFormOf, type ScaleForm } from './ScaleLabelFields'
import { ReadOnlyFields, SettingsForm } from './SettingsForm'
import { useSettingsTab } from './settings-tabs'
import { SyncSettingsTab } from './SyncSettingsTab'
import { StaffSettingsTab } from './staff/StaffSettingsTab'
import { BackupsSettingsTab } from './BackupsSettingsTab'
import { UpdatesSettingsTab } from './UpdatesSettingsTab'
import { TAX_MODE_CHOICES } from './tax-mode-choices'
import { CASH_ROUNDING_RULE_CHOICES, TAX_ROUNDING_CHOICES } from './money-rule-choices'
import { MoneyInput } from '../../components/MoneyInput'
import { decimalSeparator, moneyInputText, parseMoneyInput } from '../../lib/money'
import { useSettingsDraft } from './use-settings-draft'
import './settings.css'
import { useTranslation } from 'react-i18next'
import { t } from '../../i18n/i18n'

interface ShopForm extends ScaleForm {
  shopName: string
  address: string
  phone: string
  taxNumber: string
  receiptFooter: string
  currency: string
  locale: string
  timeZone: string
  taxMode: TaxMode
  taxRounding: TaxRounding
  /** The smallest coin as typed, in the currency's units ("0.05"). */
  cashRoundingStep: string
  cashRoundingRule: CashRoundingRule
  orderPrefix: string
  holdMinutes: string
  touchMode: TouchMode
  receiptLanguage: Language
  shortStock: ShortStockRule
}

function formOf(settings: ShopSettings): ShopForm {
  const {
    shopName,
    address,
    phone,
    taxNumber,
    receiptFooter,
    currency,
    locale,
    timeZone,
    taxMode,
    taxRounding,
    cashRoundingStep,
    cashRoundingRule,
    orderPrefix,
    holdMinutes,
    touchMode,
    receiptLanguage,
    shortStock
  } = settings
  return {
    shopName,
    address,
    phone,
    taxNumber,
    receiptFooter,
    currency,
    locale,
    timeZone,
    taxMode,
    taxRounding,
    cashRoundingStep: moneyInputText(cashRoundingStep, settings.currencyDigits),
    cashRoundingRule,
    orderPrefix,
    holdMinutes: String(holdMinutes),
    touchMode,
    receiptLanguage,
    shortStock,
    ...scaleFormOf(settings)
  }
}

const TOUCH_CHOICES: ReadonlyArray<{ value: TouchMode; label: string; hint: string }> = [
  {
    value: 'auto',
    get label() {
      return t('settings.findOut')
    },
    get hint() {
      return t('settings.touchWhenTheScreen')
    }
  },
  {
    value: 'on',
    get label() {
      return t('settings.touchScreen')
    },
    get hint() {
      return t('settings.keypadUnderAmountsBigger')
    }
  },
  {
    value: 'off',
    get label() {
      return t('settings.keyboardAndMouse')
    },
    get hint() {
      return t('settings.noOnScreenKeypad')
    }
  }
]

const SHORT_STOCK_CHOICES: ReadonlyArray<{ value: ShortStockRule; label: string; hint: string }> = [
  {
    value: 'refuse',
    get label() {
      return t('settings.refuseTheSale')
    },
    get hint() {
      return t('settings.nothingIsSoldThat')
    }
  },
  {
    value: 'sell_anyway',
    get label() {
      return t('settings.offerSellAnyway')
    },
    get hint() {
      return t('settings.staffAllowedToOr')
    }
  }
]

/** The form as the main process expects it; hold time that is not a whole number is caught here. */
function patchOf(form: ShopForm, settings: ShopSettings): { patch: SettingsPatch } | { error: AppErrorData } {
  const holdText = form.holdMinutes.trim()
  if (!/^\d{1,9}$/.test(holdText)) {
    const message = t('settings.holdMinutesWhole')
    return { error: localRefusal('holdMinutes', message) }
  }
  // The coin is read in the currency saved: a currency change and a new coin are two saves.
  const step =
    form.cashRoundingStep.trim() === ''
      ? { ok: true as const, amount: 0 }
      : parseMoneyInput(form.cashRoundingStep, settings.currencyDigits, decimalSeparator(settings.locale))
  if (!step.ok) return { error: localRefusal('cashRoundingStep', step.message) }
  const prefixes = parseScalePrefixes(form.scalePrefixes)
  if (!prefixes.ok) return { error: prefixes.error }
  return { patch: { ...form, holdMinutes: Number(holdText), cashRoundingStep: step.amount, scalePrefixes: prefixes.prefixes } }
}

/** Settings in tabs: the shop, its printers, and sync; the URL names the tab (#/settings/printers). */
export function SettingsScreen() {
  const tab = useSettingsTab()
  if (tab === 'printers') return <PrinterSettingsTab />
  if (tab === 'sync') return <SyncSettingsTab />
  if (tab === 'staff') return <StaffSettingsTab />
  if (tab === 'journal') return <JournalSettingsTab />
  if (tab === 'backups') return <BackupsSettingsTab />
  if (tab === 'updates') return <UpdatesSettingsTab />
  return <ShopSettingsTab />
}

function ShopSettingsTab() {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const save = useSettingsStore((state) => state.save)
  const draft = useSettingsDraft(formOf(settings))
  const { form, set } = draft
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const fields = fieldErrors(error)
  // The screen language is this till's and anyone's to choose; the rest is the shop's.
  const readOnly = useMissingPermission('settings.edit') !== undefined

  const submit = async () => {
    const prepared = patchOf(form, settings)
    if ('error' in prepared) {
      setError(prepared.error)
      return
    }
    setBusy(true)
    const result = await save(prepared.patch)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    setError(null)
    draft.accept(formOf(result.data))
    toast(t('settings.settingsSaved'))
  }

  return (
    <SettingsForm
      tab="shop"
      requires="settings.edit"
      ownReadOnly
      subtitle={t('settings.howTheTillNames')}
      saveLabel={t('settings.saveSettings')}
      dirty={draft.dirty}
      onDiscard={draft.discard}
      onSave={() => void submit()}
      saving={busy}
      error={error}
      shownFields={
        /^(shopName|address|phone|taxNumber|receiptFooter|currency|locale|timeZone|taxMode|taxRounding|cashRoundingStep|cashRoundingRule|orderPrefix|holdMinutes|touchMode|receiptLanguage|shortStock|scalePrefixes|scaleItemDigits|scaleValue)$/
      }
      testIds={{ form: 'settings-form', discard: 'settings-discard', save: 'settings-save', error: 'settings-error' }}
    >
      <div className="settings-grid">
        <ReadOnlyFields when={readOnly}>
          <section className="card settings-section" aria-labelledby="settings-shop">
            <h2 id="settings-shop">{t('settings.shop')}</h2>
            <TextField
              label={t('settings.shopName')}
              value={form.shopName}
              onChange={set('shopName')}
              error={fields.shopName}
              testId="settings-shop-name"
              maxLength={200}
            />
            <TextAreaField
              label={t('settings.address')}
              value={form.address}
              onChange={set('address')}
              error={fields.address}
              testId="settings-address"
              rows={3}
              hint={t('settings.printedOnReceiptsAnd')}
            />
            <TextField label={t('settings.phone')} value={form.phone} onChange={set('phone')} error={fields.phone} testId="settings-phone" type="tel" />
          </section>
          <section className="card settings-section" aria-labelledby="settings-receipts">
            <h2 id="settings-receipts">{t('settings.receipts')}</h2>
            <TextField
              label={t('settings.taxNumber')}
              value={form.taxNumber}
              onChange={set('taxNumber')}
              error={fields.taxNumber}
              testId="settings-tax-number"
              hint={t('settings.vatGstOrSales')}
            />
            <TextAreaField
              label={t('settings.receiptFooter')}
              value={form.receiptFooter}
              onChange={set('receiptFooter')}
              error={fields.receiptFooter}
              testId="settings-receipt-footer"
              rows={4}
              placeholder={t('settings.forExampleReturnsWithin')}
              hint={t('settings.endsEveryReceiptInstead', { RECEIPT_FOOTER_MAX_LINES })}
            />
          </section>
        </ReadOnlyFields>
        <LanguageSection
          receiptLanguage={form.receiptLanguage}
          onReceiptLanguage={set('receiptLanguage')}
          receiptError={fields.receiptLanguage}
          receiptDisabled={readOnly}
        />
        <ReadOnlyFields when={readOnly}>
          <section className="card settings-section" aria-labelledby="settings-money">
            <h2 id="settings-money">{t('settings.moneyAndRegion')}</h2>
            <SelectField
              label={t('settings.currency')}
              value={form.currency}
              onChange={set('currency')}
              options={currencyChoices(settings.locale, form.currency)}
              error={fields.currency}
              testId="settings-currency"
              hint={t('settings.fixedOnceTheFirst')}
            />
            <TextField
              label={t('settings.locale')}
              value={form.locale}
              onChange={set('locale')}
              error={fields.locale}
              testId="settings-locale"
              list="settings-locales"
              hint={t('settings.howNumbersAndDates')}
            />
            <datalist id="settings-locales">
              {localeChoices(settings.locale).map((choice) => (
                <option key={choice.value} value={choice.value} label={choice.label} />
              ))}
            </datalist>
            <SelectField
              label={t('settings.timeZone')}
              value={form.timeZone}
              onChange={set('timeZone')}
              options={timeZoneChoices(form.timeZone)}
              error={fields.timeZone}
              testId="settings-time-zone"
            />
            {form.timeZone !== settings.timeZone ? (
              <p className="settings-change-notice" data-testid="settings-time-zone-notice">
                {t('settings.newSalesWillCount', { timeZone: form.timeZone })}
              </p>
            ) : null}
            <MoneyPreview currency={form.currency} locale={form.locale} />
          </section>
          <section className="card settings-section" aria-labelledby="settings-tax">
            <h2 id="settings-tax">{t('settings.tax')}</h2>
            <ChoiceGroup
              legend={t('settings.prices')}
              value={form.taxMode}
              onChange={set('taxMode')}
              choices={TAX_MODE_CHOICES}
              error={fields.taxMode}
              testId="settings-tax-mode"
            />
            {form.taxMode !== settings.taxMode ? (
              <p className="settings-change-notice" data-testid="settings-tax-mode-notice">
                {form.taxMode === 'inclusive' ? t('settings.newSalesWillTake') : t('settings.newSalesWillAdd')} {t('settings.ordersAlreadyTakenKeep')}
              </p>
            ) : null}
            <ChoiceGroup
              legend={t('settings.taxRounding')}
              value={form.taxRounding}
              onChange={set('taxRounding')}
              choices={TAX_ROUNDING_CHOICES}
              error={fields.taxRounding}
              testId="settings-tax-rounding"
            />
            {form.taxRounding !== settings.taxRounding ? (
              <p className="settings-change-notice" data-testid="settings-tax-rounding-notice">
                {t('settings.taxRoundingNotice')}
              </p>
            ) : null}
            <MoneyInput
              label={t('settings.cashRoundingStep')}
              value={form.cashRoundingStep}
              onChange={(value) => {
                set('cashRoundingStep')(value)
                // A refusal of the coin typed before is stale once it is typed again; the parse shows live.
                if (fields.cashRoundingStep) setError(null)
              }}
              error={fields.cashRoundingStep}
              showParseError
              testId="settings-cash-rounding-step"
              hint={t('settings.cashRoundingStepHint')}
            />
            <ChoiceGroup
              legend={t('settings.cashRoundingRule')}
              value={form.cashRoundingRule}
              onChange={set('cashRoundingRule')}
              choices={CASH_ROUNDING_RULE_CHOICES}
              error={fields.cashRoundingRule}
              testId="settings-cash-rounding-rule"
            />
            {form.cashRoundingStep !== formOf(settings).cashRoundingStep || form.cashRoundingRule !== settings.cashRoundingRule ? (
              <p className="settings-change-notice" data-testid="settings-cash-rounding-notice">
                {t('settings.cashRoundingNotice')}
              </p>
            ) : null}
          </section>
          <section className="card settings-section" aria-labelledby="settings-orders">
            <h2 id="settings-orders">{t('settings.orders')}</h2>
            <TextField
              label={t('settings.orderNumberPrefix')}
              value={form.orderPrefix}
              onChange={set('orderPrefix')}
              error={fields.orderPrefix}
              testId="settings-order-prefix"
              hint={t('settings.startsEveryOrderNumber')}
              maxLength={12}
            />
            <TextField
              label={t('settings.holdTimeMinutes')}
              value={form.holdMinutes}
              onChange={set('holdMinutes')}
              error={fields.holdMinutes}
              testId="settings-hold-minutes"
              inputMode="numeric"
              hint={t('settings.howLongAnUnpaid')}
            />
          </section>
          <section className="card settings-section" aria-labelledby="settings-counter">
            <h2 id="settings-counter">{t('settings.counter')}</h2>
            <ChoiceGroup
              legend={t('settings.thisTillIsWorked')}
              value={form.touchMode}
              onChange={set('touchMode')}
              choices={TOUCH_CHOICES}
              error={fields.touchMode}
              testId="settings-touch-mode"
            />
            <ChoiceGroup
              legend={t('settings.whenASaleAsks')}
              value={form.shortStock}
              onChange={set('shortStock')}
              choices={SHORT_STOCK_CHOICES}
              error={fields.shortStock}
              testId="settings-short-stock"
            />
            <ScaleLabelFields
              form={form}
              set={{ scalePrefixes: set('scalePrefixes'), scaleItemDigits: set('scaleItemDigits'), scaleValue: set('scaleValue') }}
              fields={fields}
            />
          </section>
        </ReadOnlyFields>
        <CustomerDisplaySection />
      </div>
    </SettingsForm>
  )
}
