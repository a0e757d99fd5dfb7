import { useId } from 'react'

interface ChoiceGroupProps<V extends string> {
  legend: string
  value: V
  onChange(value: NoInfer<V>): void
  choices: ReadonlyArray<{ value: V; label: string; hint?: string }>
  error?: string | undefined
  testId: string
}

/** Radio buttons drawn as large tiles: one tap picks one. Each choice is `<testId>-<value>`. */
export function ChoiceGroup<V extends string>({ legend, value, onChange, choices, error, testId }: ChoiceGroupProps<V>) {
  const name = useId()
  return (
    <fieldset className="field choice-fieldset" data-testid={testId} aria-invalid={Boolean(error)}>
      <legend className="field__label">{legend}</legend>
      <div className="choice-group">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              data-testid={`${testId}-${choice.value}`}
            />
            <span>
              <strong>{choice.label}</strong>
              {choice.hint ? <span className="choice__hint">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <span className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      ) : null}
    </fieldset>
  )
}
