import { useTranslation } from 'react-i18next'
import { localRefusal } from '../../lib/errors'
import type { AppErrorData } from '../../../../shared/errors'
import { SCALE_ITEM_DIGITS, scaleLabelCode, type ScaleItemDigits, type ScaleValue } from '../../../../shared/scale-barcode'
import { SelectField, TextField } from '../../components/Field'
import { t } from '../../i18n/i18n'

/** The scale label layout as the Counter section edits it (issue 13). */
export interface ScaleForm {
  scalePrefixes: string
  scaleItemDigits: ScaleItemDigits
  scaleValue: ScaleValue
}

export function scaleFormOf(settings: { scalePrefixes: readonly number[]; scaleItemDigits: ScaleItemDigits; scaleValue: ScaleValue }): ScaleForm {
  return { scalePrefixes: settings.scalePrefixes.join(', '), scaleItemDigits: settings.scaleItemDigits, scaleValue: settings.scaleValue }
}

/** "21, 22" → [21, 22]; empty is none (scale labels off). Bounds and repeats are the main process's to refuse. */
export function parseScalePrefixes(text: string): { ok: true; prefixes: number[] } | { ok: false; error: AppErrorData } {
  const parts = text.split(/[\s,;]+/).filter(Boolean)
  if (parts.every((part) => /^\d{2}$/.test(part))) return { ok: true, prefixes: parts.map(Number) }
  const message = t('counter.scale.prefixesInvalid')
  return { ok: false, error: localRefusal('scalePrefixes', message) }
}

/** Which EAN-13 in-store codes the shop's scales print, and how to read them; with a sample of the layout. */
export function ScaleLabelFields({
  form,
  set,
  fields
}: {
  form: ScaleForm
  set: { [K in keyof ScaleForm]: (value: ScaleForm[K]) => void }
  fields: Record<string, string | undefined>
}) {
  const { t } = useTranslation()
  const prefixes = parseScalePrefixes(form.scalePrefixes)
  const first = prefixes.ok ? prefixes.prefixes[0] : undefined
  const sample = first !== undefined && first >= 20 && first <= 29 ? scaleLabelCode(first, '1'.repeat(form.scaleItemDigits), 123, form.scaleItemDigits) : null
  return (
    <fieldset className="settings-scale" data-testid="settings-scale">
      <legend>{t('counter.scale.legend')}</legend>
      <TextField
        label={t('counter.scale.prefixes')}
        value={form.scalePrefixes}
        onChange={set.scalePrefixes}
        error={fields.scalePrefixes}
        hint={t('counter.scale.prefixesHint')}
        inputMode="numeric"
        testId="settings-scale-prefixes"
      />
      <div className="form-grid">
        <SelectField
          label={t('counter.scale.itemDigits')}
          value={String(form.scaleItemDigits)}
          onChange={(value) => set.scaleItemDigits(Number(value) as ScaleItemDigits)}
          options={SCALE_ITEM_DIGITS.map((digits) => ({ value: String(digits), label: t('counter.scale.digits', { count: digits }) }))}
          error={fields.scaleItemDigits}
          testId="settings-scale-digits"
        />
        <SelectField
          label={t('counter.scale.value')}
          value={form.scaleValue}
          onChange={(value) => set.scaleValue(value as ScaleValue)}
          options={[
            { value: 'price', label: t('counter.scale.valuePrice') },
            { value: 'weight', label: t('counter.scale.valueWeight') }
          ]}
          error={fields.scaleValue}
          testId="settings-scale-value"
        />
      </div>
      <p className="field__hint" data-testid="settings-scale-sample">
        {sample
          ? t(form.scaleValue === 'price' ? 'counter.scale.samplePrice' : 'counter.scale.sampleWeight', {
              code: sample,
              item: sample.slice(2, 2 + form.scaleItemDigits),
              value: sample.slice(2 + form.scaleItemDigits, 12)
            })
          : t('counter.scale.off')}
      </p>
    </fieldset>
  )
}
