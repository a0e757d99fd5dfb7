import { LIMITS } from '../../../../shared/catalog'
import { Button } from '../../components/Button'
import { TextField } from '../../components/Field'
import type { FieldErrors } from '../../lib/errors'
import type { OptionDraft } from './product-form'

interface OptionRowsEditorProps {
  options: OptionDraft[]
  onChange(options: OptionDraft[]): void
  errors: FieldErrors
}

/** Up to three options, each a name and its values typed with commas: Size → "S, M, L". */
export function OptionRowsEditor({ options, onChange, errors }: OptionRowsEditorProps) {
  const update = (index: number, patch: Partial<OptionDraft>) => onChange(options.map((option, at) => (at === index ? { ...option, ...patch } : option)))
  return (
    <div className="stack option-rows" data-testid="option-rows">
      {errors.options ? (
        <span className="field__error" role="alert">
          {errors.options}
        </span>
      ) : null}
      {options.map((option, index) => (
        <div key={index} className="option-row">
          <TextField
            label={`Option ${index + 1}`}
            value={option.name}
            onChange={(name) => update(index, { name })}
            error={errors[`options.${index}.name`] ?? errors[`options.${index}`]}
            testId={`option-name-${index}`}
            placeholder="Size"
            maxLength={LIMITS.optionName}
          />
          <TextField
            label="Values, separated by commas"
            value={option.values}
            onChange={(values) => update(index, { values })}
            error={errors[`options.${index}.values`] ?? Object.entries(errors).find(([path]) => path.startsWith(`options.${index}.values.`))?.[1]}
            testId={`option-values-${index}`}
            placeholder="S, M, L"
          />
          <Button
            size="small"
            variant="ghost"
            onClick={() => onChange(options.filter((_option, at) => at !== index))}
            aria-label={`Remove option ${index + 1}`}
            data-testid={`option-remove-${index}`}
          >
            Remove
          </Button>
        </div>
      ))}
      {options.length < LIMITS.optionsPerProduct ? (
        <div>
          <Button size="small" onClick={() => onChange([...options, { name: '', values: '' }])} data-testid="option-add">
            Add an option
          </Button>
        </div>
      ) : null}
    </div>
  )
}
