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
  return (
    <>
      <TextField
        label="Your name (the owner)"
        value={name}
        onChange={onName}
        error={errors.name}
        testId={`${testId}-name`}
        maxLength={60}
        placeholder="For example: Sam"
      />
      <TextField
        label="Owner PIN"
        hint="4 to 8 digits, to unlock the till and approve refunds. Not 1234, 0000 or the like."
        value={pin}
        onChange={(value) => onPin(value.replace(/\D/g, '').slice(0, 8))}
        error={errors.pin}
        testId={`${testId}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
      />
    </>
  )
}
