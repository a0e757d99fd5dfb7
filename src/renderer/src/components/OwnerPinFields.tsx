import { useTranslation } from 'react-i18next'
import { PIN_MAX_DIGITS } from '../../../shared/staff'
import { pinDigits } from '../lib/digits'
import { TextField } from './Field'

interface OwnerPinFieldsProps {
  name: string
  pin: string
  onName(name: string): void
  onPin(pin: string): void
  errors: Record<string, string | undefined>
  testId: string
}

/** The owner's name and PIN, asked at the first run and at the first start after the upgrade. */
export function OwnerPinFields({ name, pin, onName, onPin, errors, testId }: OwnerPinFieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        label={t('firstRun.ownerName')}
        value={name}
        onChange={onName}
        error={errors.name}
        testId={`${testId}-name`}
        maxLength={60}
        placeholder={t('firstRun.ownerNamePlaceholder')}
      />
      <TextField
        label={t('firstRun.ownerPin')}
        hint={t('firstRun.ownerPinHint')}
        value={pin}
        onChange={(value) => onPin(pinDigits(value, PIN_MAX_DIGITS))}
        error={errors.pin}
        testId={`${testId}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
      />
    </>
  )
}
