import { useRef, useState } from 'react'
import type { AppErrorData } from '../../../../shared/errors'
import { regionCurrency } from '../../../../shared/currency'
import type { TaxMode } from '../../../../shared/settings'
import { Button } from '../../components/Button'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SelectField, TextAreaField, TextField } from '../../components/Field'
import { call } from '../../lib/call'
import { bindFields } from '../../lib/bind-fields'
import { fieldErrors } from '../../lib/errors'
import { useFocusFirstInvalid } from '../../lib/use-focus-first-invalid'
import { computerLocale, computerTimeZone, currencyChoices } from '../../lib/regions'
import { useNavStore } from '../../stores/nav-store'
import { useSessionStore } from '../../stores/session-store'
import { useSettingsStore } from '../../stores/settings-store'
import { OwnerPinFields } from '../../components/OwnerPinFields'
import { RestoredNotice } from '../../components/RestoredNotice'
import { TAX_MODE_CHOICES } from '../settings/tax-mode-choices'
import './first-run.css'
import { useTranslation } from 'react-i18next'

type Start = 'empty' | 'sample' | 'skip'

/** The first thing a new till shows: the shop, the owner and their PIN, then selling, with or without the sample shop. */
export function FirstRunScreen() {
  const { t } = useTranslation()
  const settings = useSettingsStore((state) => state.settings)
  const save = useSettingsStore((state) => state.save)
  const go = useNavStore((state) => state.go)
  const setupOwner = useSessionStore((state) => state.setupOwner)
  const [shopName, setShopName] = useState('')
  const [address, setAddress] = useState('')
  const [taxNumber, setTaxNumber] = useState('')
  const [ownerName, setOwnerName] = useState('')
  const [pin, setPin] = useState('')
  const locale = computerLocale()
  // A new till proposes the computer's region's currency (SAR on a Saudi computer), not main's default.
  const [currency, setCurrency] = useState(() => (settings?.setupComplete ? settings.currency : null) ?? regionCurrency(locale) ?? settings?.currency ?? 'USD')
  const [taxMode, setTaxMode] = useState<TaxMode>(settings?.taxMode ?? 'exclusive')
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState<Start | null>(null)
  const fields = fieldErrors(error)
  const field = bindFields(fields, 'first-run')
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, error)

  const start = async (how: Start) => {
    setBusy(how)
    setError(null)
    const failed = await setUp(how)
    setBusy(null)
    if (failed) setError(failed)
  }

  const setUp = async (how: Start): Promise<AppErrorData | null> => {
    if (how === 'skip') return finish()
    const details = await save({ shopName, address, taxNumber, currency, taxMode, locale, timeZone: computerTimeZone() })
    if (!details.ok) return details.error
    const owner = await setupOwner(ownerName, pin)
    if (!owner.ok) return owner.error
    if (how === 'sample') {
      const empty = await call(() => window.api.catalog.isEmpty())
      if (!empty.ok) return empty.error
      if (empty.data) {
        const loaded = await call(() => window.api.catalog.loadSampleShop())
        if (!loaded.ok) return loaded.error
      }
    }
    return finish()
  }

  /** Set up or skipped, the first run is over: it never shows again. */
  const finish = async (): Promise<AppErrorData | null> => {
    go('sell')
    const done = await save({ setupComplete: true })
    return done.ok ? null : done.error
  }

  return (
    <main className="first-run" data-testid="first-run">
      <form
        ref={formRef}
        className="first-run__card card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void start('empty')
        }}
      >
        <RestoredNotice />
        <header className="stack first-run__intro">
          <p className="first-run__brand">{t('app.name')}</p>
          <h1>{t('firstRun.welcome')}</h1>
          <p className="muted">{t('firstRun.intro')}</p>
        </header>
        <ErrorNotice error={error} testId="first-run-error" shownFields={/^(shopName|address|taxNumber|currency|taxMode|name|pin)$/} />
        <TextField
          label={t('firstRun.shopName')}
          {...field('shopName', shopName, setShopName)}
          autoFocus
          maxLength={120}
          placeholder={t('firstRun.shopNamePlaceholder')}
        />
        <TextAreaField label={t('firstRun.address')} {...field('address', address, setAddress)} rows={2} hint={t('firstRun.addressHint')} />
        <TextField label={t('firstRun.taxNumber')} {...field('taxNumber', taxNumber, setTaxNumber)} hint={t('firstRun.taxNumberHint')} />
        <SelectField label={t('firstRun.currency')} {...field('currency', currency, setCurrency)} options={currencyChoices(locale, currency)} />
        <ChoiceGroup legend={t('firstRun.prices')} {...field('taxMode', taxMode, setTaxMode)} choices={TAX_MODE_CHOICES} />
        <OwnerPinFields name={ownerName} pin={pin} onName={setOwnerName} onPin={setPin} errors={fields} testId="first-run-owner" />
        <div className="first-run__actions">
          <Button type="submit" variant="primary" size="large" busy={busy === 'empty'} disabled={busy !== null} data-testid="first-run-start">
            {t('firstRun.startEmpty')}
          </Button>
          <Button
            variant="secondary"
            size="large"
            busy={busy === 'sample'}
            disabled={busy !== null}
            onClick={() => void start('sample')}
            data-testid="first-run-sample"
          >
            {t('firstRun.loadSample')}
          </Button>
        </div>
        <p className="muted first-run__note">{t('firstRun.sampleNote')}</p>
        <Button variant="ghost" busy={busy === 'skip'} disabled={busy !== null} onClick={() => void start('skip')} data-testid="first-run-skip">
          {t('firstRun.skip')}
        </Button>
      </form>
    </main>
  )
}
