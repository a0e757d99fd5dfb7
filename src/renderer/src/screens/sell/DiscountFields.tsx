import { useTranslation } from 'react-i18next'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { NumberField } from '../../components/Field'
import { decimalSeparator } from '../../lib/money'
import { useShopSettings } from '../../stores/settings-store'
import type { DiscountDraft, DiscountKind } from './discount-input'

interface DiscountFieldsProps {
  draft: DiscountDraft
  onChange(draft: DiscountDraft): void
  error?: string | undefined
  testId: string
}

/** A discount as a percentage or as an amount of money; an empty field means none. */
export function DiscountFields({ draft, onChange, error, testId }: DiscountFieldsProps) {
  const { t } = useTranslation()
  const settings = useShopSettings()
  const mark = decimalSeparator(settings.locale)
  const choices: ReadonlyArray<{ value: DiscountKind; label: string }> = [
    { value: 'percent', label: t('sell.discountInput.percent') },
    { value: 'amount', label: t('sell.discountInput.amount', { currency: settings.currency }) }
  ]
  return (
    <>
      <ChoiceGroup
        legend={t('sell.discountInput.as')}
        value={draft.kind}
        onChange={(kind) => onChange({ ...draft, kind })}
        choices={choices}
        testId={`${testId}-kind`}
      />
      <NumberField
        kind="decimal"
        label={draft.kind === 'percent' ? t('sell.discountInput.inPercent') : t('sell.discountInput.inCurrency', { currency: settings.currency })}
        value={draft.text}
        onChange={(text) => onChange({ ...draft, text })}
        error={error}
        hint={
          draft.kind === 'percent'
            ? t('sell.discountInput.percentHint', { example: `12${mark}5` })
            : t('sell.discountInput.amountHint', { example: `2${mark}50` })
        }
        testId={testId}
        data-autofocus
      />
    </>
  )
}
