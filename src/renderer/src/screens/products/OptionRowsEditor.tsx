import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/catalog'
import { Button } from '../../components/Button'
import { TextField } from '../../components/Field'
import type { FieldErrors } from '../../lib/errors'
import type { OptionDraft } from './product-form'
import { useTooLong } from './too-long'

interface OptionRowsEditorProps {
  options: OptionDraft[]
  onChange(options: OptionDraft[]): void
  errors: FieldErrors
}

/** Up to three options, each a name and its values typed with commas: Size → "S, M, L". */
export function OptionRowsEditor({ options, onChange, errors }: OptionRowsEditorProps) {
  const { t } = useTranslation()
  const tooLong = useTooLong()
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
            label={t('products.options.optionN', { number: index + 1 })}
            value={option.name}
            onChange={(name) => update(index, { name })}
            error={tooLong.optionName(option.name) ?? errors[`options.${index}.name`] ?? errors[`options.${index}`]}
            testId={`option-name-${index}`}
            placeholder={t('products.options.namePlaceholder')}
          />
          <TextField
            label={t('products.options.values')}
            value={option.values}
            onChange={(values) => update(index, { values })}
            error={
              tooLong.optionValues(option.values) ??
              errors[`options.${index}.values`] ??
              Object.entries(errors).find(([path]) => path.startsWith(`options.${index}.values.`))?.[1]
            }
            testId={`option-values-${index}`}
            placeholder={t('products.options.valuesPlaceholder')}
          />
          <Button
            size="small"
            variant="ghost"
            onClick={() => onChange(options.filter((_option, at) => at !== index))}
            aria-label={t('products.options.removeN', { number: index + 1 })}
            data-testid={`option-remove-${index}`}
          >
            {t('common.remove')}
          </Button>
        </div>
      ))}
      {options.length < LIMITS.optionsPerProduct ? (
        <div>
          <Button size="small" onClick={() => onChange([...options, { name: '', values: '' }])} data-testid="option-add">
            {t('products.options.add')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
