import { useState } from 'react'
import { Button } from '../../components/Button'
import { PRESETS, rangeProblem, sameChoice, type RangeChoice } from './stats-range'
import { useTranslation } from 'react-i18next'
import { DateFilter } from '../../components/DateInput'

interface RangePickerProps {
  choice: RangeChoice
  range: { from: string; to: string }
  onChange(choice: RangeChoice): void
}

/** Today, the last 7 or 30 days, the last year, or any two days (at most a year apart). */
export function RangePicker({ choice, range, onChange }: RangePickerProps) {
  const { t } = useTranslation()
  const [from, setFrom] = useState(range.from)
  const [to, setTo] = useState(range.to)
  const problem = rangeProblem(from, to)
  const pickPreset = (next: RangeChoice) => {
    onChange(next)
    setFrom('')
    setTo('')
  }
  return (
    <div className="stats-range" data-testid="stats-range">
      <div className="stats-range__presets" role="group" aria-label={t('stats.period')}>
        {PRESETS.map((preset) => (
          <Button
            key={preset.testId}
            size="small"
            variant={sameChoice(preset.choice, choice) ? 'primary' : 'secondary'}
            aria-pressed={sameChoice(preset.choice, choice)}
            onClick={() => pickPreset(preset.choice)}
            data-testid={preset.testId}
          >
            {preset.label}
          </Button>
        ))}
      </div>
      <form
        className="stats-range__custom"
        onSubmit={(event) => {
          event.preventDefault()
          if (!problem) onChange({ kind: 'custom', from, to })
        }}
      >
        <DateFilter
          label={t('stats.from')}
          className="stats-range__field"
          labelClassName="stats-range__label"
          value={from}
          max={to}
          onChange={setFrom}
          testId="stats-range-from"
        />
        <DateFilter
          label={t('stats.to')}
          className="stats-range__field"
          labelClassName="stats-range__label"
          value={to}
          min={from}
          onChange={setTo}
          testId="stats-range-to"
        />
        <Button type="submit" size="small" disabled={problem !== null} title={problem ?? undefined} data-testid="stats-range-apply">
          {t('stats.show')}
        </Button>
        {from && to && problem ? (
          <span className="field__error" role="alert" data-testid="stats-range-error">
            {problem}
          </span>
        ) : null}
      </form>
    </div>
  )
}
