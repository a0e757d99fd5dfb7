import { useState } from 'react'
import type { Result } from '../../../../../shared/errors'
import { PIN_MAX_DIGITS, type Role, type StaffMember } from '../../../../../shared/staff'
import { CancelSubmit } from '../../../components/CancelSubmit'
import { Dialog } from '../../../components/Dialog'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { SelectField, TextField } from '../../../components/Field'
import { useAction } from '../../../lib/use-action'
import { call } from '../../../lib/call'
import { fieldErrors } from '../../../lib/errors'
import { pinDigits } from '../../../lib/digits'
import { toast } from '../../../stores/toast-store'
import { useTranslation } from 'react-i18next'

export type StaffDialogMode = { kind: 'add' } | { kind: 'edit'; member: StaffMember } | { kind: 'pin'; member: StaffMember }

/** Add someone (name, role, PIN), rename them or change their role, or give them a new PIN. */
export function StaffDialog({ mode, roles, onClose }: { mode: StaffDialogMode; roles: readonly Role[]; onClose(): void }) {
  const { t } = useTranslation()
  const member = mode.kind === 'add' ? null : mode.member
  const [name, setName] = useState(member?.name ?? '')
  const [roleId, setRoleId] = useState(member?.roleId ?? 'cashier')
  const [pin, setPin] = useState('')
  const { busy, error, run } = useAction(
    (): Promise<Result<StaffMember>> =>
      call(() =>
        mode.kind === 'add'
          ? window.api.staff.create({ name, roleId, pin })
          : mode.kind === 'pin'
            ? window.api.staff.resetPin({ staffId: mode.member.id, pin })
            : window.api.staff.update({ staffId: mode.member.id, name, roleId })
      ),
    (saved) => {
      toast(
        mode.kind === 'add'
          ? t('settings.added', { name: saved.name })
          : mode.kind === 'pin'
            ? t('settings.hasANewPin', { name: saved.name })
            : t('settings.saved', { name: saved.name })
      )
      onClose()
    }
  )
  const fields = fieldErrors(error)
  const title =
    mode.kind === 'add'
      ? t('settings.staffDialog.addTitle')
      : t(mode.kind === 'pin' ? 'settings.staffDialog.pinTitle' : 'settings.staffDialog.editTitle', { name: member?.name ?? '' })

  const submit = () => run()

  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="staff-dialog"
      error={error}
      footer={
        <CancelSubmit onCancel={onClose} busy={busy} testId="staff-dialog-save">
          {mode.kind === 'add' ? t('settings.add') : t('settings.save')}
        </CancelSubmit>
      }
    >
      <ErrorNotice error={error} testId="staff-dialog-error" shownFields={/^(name|roleId|pin)$/} />
      {mode.kind !== 'pin' ? (
        <>
          <TextField label={t('settings.name')} value={name} onChange={setName} error={fields.name} testId="staff-dialog-name" maxLength={60} data-autofocus />
          <SelectField
            label={t('settings.role2')}
            value={roleId}
            onChange={setRoleId}
            options={roles.map((role) => ({ value: role.id, label: role.name }))}
            error={fields.roleId}
            testId="staff-dialog-role"
          />
        </>
      ) : null}
      {mode.kind !== 'edit' ? (
        <TextField
          label={t('settings.pin')}
          hint={t('settings.x4To8Digits')}
          value={pin}
          onChange={(value) => setPin(pinDigits(value, PIN_MAX_DIGITS))}
          error={fields.pin}
          testId="staff-dialog-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
        />
      ) : null}
    </Dialog>
  )
}
