interface SegmentedControlProps<V extends string> {
  label: string
  value: V
  onChange(value: NoInfer<V>): void
  choices: ReadonlyArray<{ value: V; label: string }>
  /** Each choice is `<testId>-<value>`. */
  testId: string
}

/** A short row of mutually exclusive choices (Receipt | Order slip), for toolbars where tiles are too big. */
export function SegmentedControl<V extends string>({ label, value, onChange, choices, testId }: SegmentedControlProps<V>) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label} data-testid={testId}>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          role="radio"
          aria-checked={value === choice.value}
          className="segmented__choice"
          onClick={() => onChange(choice.value)}
          data-testid={`${testId}-${choice.value}`}
        >
          {choice.label}
        </button>
      ))}
    </div>
  )
}
