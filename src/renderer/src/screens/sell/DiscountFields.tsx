import { ChoiceGroup } from '../../components/ChoiceGroup'
import { NumberField } from '../../components/Field'
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
  const settings = useShopSettings()
  const choices: ReadonlyArray<{ value: DiscountKind; label: string }> = [
    { value: 'percent', label: 'Percent (%)' },
    { value: 'amount', label: `Amount (${settings.currency})` }
  ]
  return (
    <>
      <ChoiceGroup legend="Discount as" value={draft.kind} onChange={(kind) => onChange({ ...draft, kind })} choices={choices} testId={`${testId}-kind`} />
      <NumberField
        kind="decimal"
        label={draft.kind === 'percent' ? 'Discount in percent' : `Discount in ${settings.currency}`}
        value={draft.text}
        onChange={(text) => onChange({ ...draft, text })}
        error={error}
        hint={draft.kind === 'percent' ? 'For example 10 or 12.5. Empty for no discount.' : 'For example 2.50. Empty for no discount.'}
        testId={testId}
        data-autofocus
      />
    </>
  )
}
