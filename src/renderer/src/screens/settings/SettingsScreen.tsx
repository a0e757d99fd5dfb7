import { useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import type { Language } from '../../../../shared/i18n/languages'
import { RECEIPT_FOOTER_MAX_LINES, type SettingsPatch, type ShopSettings, type ShortStockRule, type TaxMode, type TouchMode } from '../../../../shared/settings'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { fieldErrors } from '../../lib/errors'
import { currencyChoices, localeChoices, timeZoneChoices } from '../../lib/regions'
import { useSettingsStore, useShopSettings } from '../../stores/settings-store'
import { toast } from '../../stores/toast-store'
import { JournalSettingsTab } from '../journal/JournalSettingsTab'
import { LanguageSection } from './LanguageSection'
import { MoneyPreview } from './MoneyPreview'
import { PrinterSettingsTab } from './PrinterSettingsTab'
import { SettingsForm } from './SettingsForm'
import { useSettingsTab } from './settings-tabs'
import { SyncSettingsTab } from './SyncSettingsTab'
import { StaffSettingsTab } from './staff/StaffSettingsTab'
import { BackupsSettingsTab } from './BackupsSettingsTab'
import { UpdatesSettingsTab } from './UpdatesSettingsTab'
import { TAX_MODE_CHOICES } from './tax-mode-choices'
import { useSettingsDraft } from './use-settings-draft'
import './settings.css'

interface ShopForm {
  shopName: string
  address: string
  phone: string
  taxNumber: string
  receiptFooter: string
  currency: string
  locale: string
  timeZone: string
  taxMode: TaxMode
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
    orderPrefix,
    holdMinutes: String(holdMinutes),
    touchMode,
    receiptLanguage,
    shortStock
  }
}

const TOUCH_CHOICES: ReadonlyArray<{ value: TouchMode; label: string; hint: string }> = [
  { value: 'auto', label: 'Find out', hint: 'Touch when the screen takes touch' },
  { value: 'on', label: 'Touch screen', hint: 'Keypad under amounts, bigger buttons' },
  { value: 'off', label: 'Keyboard and mouse', hint: 'No on-screen keypad' }
]

const SHORT_STOCK_CHOICES: ReadonlyArray<{ value: ShortStockRule; label: string; hint: string }> = [
  { value: 'refuse', label: 'Refuse the sale', hint: 'Nothing is sold that the stock does not hold' },
  { value: 'sell_anyway', label: 'Offer “Sell anyway”', hint: 'Staff allowed to (or a manager’s approval) sell it; stock goes below zero' }
]

/** The form as the main process expects it; hold time that is not a whole number is caught here. */
function patchOf(form: ShopForm): { patch: SettingsPatch } | { error: AppErrorData } {
  const holdText = form.holdMinutes.trim()
  if (!/^\d{1,9}$/.test(holdText)) {
    const message = 'Hold time is a whole number of minutes'
    return { error: { code: 'VALIDATION', message, issues: [{ path: 'holdMinutes', message }] } }
  }
  return { patch: { ...form, holdMinutes: Number(holdText) } }
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
  const settings = useShopSettings()
  const save = useSettingsStore((state) => state.save)
  const draft = useSettingsDraft(formOf(settings))
  const { form, set } = draft
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const fields = fieldErrors(error)

  const submit = async () => {
    const prepared = patchOf(form)
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
    toast('Settings saved')
  }

  return (
    <SettingsForm
      tab="shop"
      subtitle="How the till names your shop, shows money and keeps orders."
      saveLabel="Save settings"
      dirty={draft.dirty}
      onDiscard={draft.discard}
      onSave={() => void submit()}
      saving={busy}
      error={error}
      shownFields={
        /^(shopName|address|phone|taxNumber|receiptFooter|currency|locale|timeZone|taxMode|orderPrefix|holdMinutes|touchMode|receiptLanguage|shortStock)$/
      }
      testIds={{ form: 'settings-form', discard: 'settings-discard', save: 'settings-save', error: 'settings-error' }}
    >
      <div className="settings-grid">
        <section className="card settings-section" aria-labelledby="settings-shop">
          <h2 id="settings-shop">Shop</h2>
          <TextField label="Shop name" value={form.shopName} onChange={set('shopName')} error={fields.shopName} testId="settings-shop-name" maxLength={200} />
          <TextAreaField
            label="Address"
            value={form.address}
            onChange={set('address')}
            error={fields.address}
            testId="settings-address"
            rows={3}
            hint="Printed on receipts and delivery slips, line by line"
          />
          <TextField label="Phone" value={form.phone} onChange={set('phone')} error={fields.phone} testId="settings-phone" type="tel" />
        </section>
        <section className="card settings-section" aria-labelledby="settings-receipts">
          <h2 id="settings-receipts">Receipts</h2>
          <TextField
            label="Tax number"
            value={form.taxNumber}
            onChange={set('taxNumber')}
            error={fields.taxNumber}
            testId="settings-tax-number"
            hint="VAT, GST or sales tax number, printed under the shop’s address on every receipt"
          />
          <TextAreaField
            label="Receipt footer"
            value={form.receiptFooter}
            onChange={set('receiptFooter')}
            error={fields.receiptFooter}
            testId="settings-receipt-footer"
            rows={4}
            placeholder="For example: Returns within 30 days with this receipt. Thank you!"
            hint={`Ends every receipt instead of “Thank you!”: up to ${RECEIPT_FOOTER_MAX_LINES} lines`}
          />
        </section>
        <LanguageSection receiptLanguage={form.receiptLanguage} onReceiptLanguage={set('receiptLanguage')} receiptError={fields.receiptLanguage} />
        <section className="card settings-section" aria-labelledby="settings-money">
          <h2 id="settings-money">Money and region</h2>
          <SelectField
            label="Currency"
            value={form.currency}
            onChange={set('currency')}
            options={currencyChoices(settings.locale, form.currency)}
            error={fields.currency}
            testId="settings-currency"
            hint="Fixed once the first order is taken: every stored amount is in this currency"
          />
          <TextField
            label="Locale"
            value={form.locale}
            onChange={set('locale')}
            error={fields.locale}
            testId="settings-locale"
            list="settings-locales"
            hint="How numbers and dates are written, for example en-GB or fr-FR"
          />
          <datalist id="settings-locales">
            {localeChoices(settings.locale).map((choice) => (
              <option key={choice.value} value={choice.value} label={choice.label} />
            ))}
          </datalist>
          <SelectField
            label="Time zone"
            value={form.timeZone}
            onChange={set('timeZone')}
            options={timeZoneChoices(form.timeZone)}
            error={fields.timeZone}
            testId="settings-time-zone"
          />
          {form.timeZone !== settings.timeZone ? (
            <p className="settings-change-notice" data-testid="settings-time-zone-notice">
              New sales will count on the day and hour in {form.timeZone}. Orders already taken keep the day and hour they were taken on, in the Orders list and
              in Stats alike.
            </p>
          ) : null}
          <MoneyPreview currency={form.currency} locale={form.locale} />
        </section>
        <section className="card settings-section" aria-labelledby="settings-tax">
          <h2 id="settings-tax">Tax</h2>
          <ChoiceGroup
            legend="Prices"
            value={form.taxMode}
            onChange={set('taxMode')}
            choices={TAX_MODE_CHOICES}
            error={fields.taxMode}
            testId="settings-tax-mode"
          />
          {form.taxMode !== settings.taxMode ? (
            <p className="settings-change-notice" data-testid="settings-tax-mode-notice">
              {form.taxMode === 'inclusive' ? 'New sales will take the tax out of the shelf price.' : 'New sales will add the tax on top of the shelf price.'}{' '}
              Orders already taken keep the tax they were sold with; a sale being rung up or parked must be finished or emptied first.
            </p>
          ) : null}
        </section>
        <section className="card settings-section" aria-labelledby="settings-orders">
          <h2 id="settings-orders">Orders</h2>
          <TextField
            label="Order number prefix"
            value={form.orderPrefix}
            onChange={set('orderPrefix')}
            error={fields.orderPrefix}
            testId="settings-order-prefix"
            hint="Starts every order number from this till, for example A-1042"
            maxLength={12}
          />
          <TextField
            label="Hold time (minutes)"
            value={form.holdMinutes}
            onChange={set('holdMinutes')}
            error={fields.holdMinutes}
            testId="settings-hold-minutes"
            inputMode="numeric"
            hint="How long an unpaid pickup or delivery order keeps its stock before it is cancelled"
          />
        </section>
        <section className="card settings-section" aria-labelledby="settings-counter">
          <h2 id="settings-counter">Counter</h2>
          <ChoiceGroup
            legend="This till is worked by"
            value={form.touchMode}
            onChange={set('touchMode')}
            choices={TOUCH_CHOICES}
            error={fields.touchMode}
            testId="settings-touch-mode"
          />
          <ChoiceGroup
            legend="When a sale asks for more than is in stock"
            value={form.shortStock}
            onChange={set('shortStock')}
            choices={SHORT_STOCK_CHOICES}
            error={fields.shortStock}
            testId="settings-short-stock"
          />
        </section>
      </div>
    </SettingsForm>
  )
}
