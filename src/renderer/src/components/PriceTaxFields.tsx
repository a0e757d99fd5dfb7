import { NumberField } from './Field'
import { MoneyInput } from './MoneyInput'

interface TypedField {
  label: string
  value: string
  onChange(value: string): void
  /** What is wrong with what was typed, shown once the form was tried. */
  problem: string | undefined
  /** What main refused for this field. */
  refused: string | undefined
}

/**
 * A price and its tax rate side by side, as a line or a product typed at the till has them. The
 * fields' test ids are `<testId>-price` and `<testId>-tax`.
 */
export function PriceTaxFields({
  price,
  tax,
  tried,
  testId,
  autofocusPrice = false
}: {
  price: TypedField
  tax: TypedField
  tried: boolean
  testId: string
  autofocusPrice?: boolean
}) {
  return (
    <div className="form-grid">
      <MoneyInput
        label={price.label}
        value={price.value}
        onChange={price.onChange}
        error={(tried ? price.problem : undefined) ?? price.refused}
        testId={`${testId}-price`}
        data-autofocus={autofocusPrice || undefined}
      />
      <NumberField
        kind="decimal"
        label={tax.label}
        value={tax.value}
        onChange={tax.onChange}
        error={(tried ? tax.problem : undefined) ?? tax.refused}
        testId={`${testId}-tax`}
      />
    </div>
  )
}
