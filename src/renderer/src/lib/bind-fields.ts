import type { FieldErrors } from './errors'

/** What a labelled field takes from its form: the value, its setter, the refusal of that field and its test id. */
export interface BoundField<V> {
  value: V
  onChange(value: V): void
  error: string | undefined
  testId: string
}

/**
 * One form's fields bound by name, so each field is written once: `<TextField label={…} {...field('skuPrefix', prefix, setPrefix)} />`
 * takes the refusal of `skuPrefix` and the test id `<testIdPrefix>-sku-prefix`. A test id that is not the name is given after the spread.
 */
export function bindFields(errors: FieldErrors, testIdPrefix: string) {
  return <V>(name: string, value: V, onChange: (value: V) => void): BoundField<V> => ({
    value,
    onChange,
    error: errors[name],
    testId: `${testIdPrefix}-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
  })
}
