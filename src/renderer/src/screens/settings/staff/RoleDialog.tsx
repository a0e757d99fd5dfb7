import { useState } from 'react'
import type { AppErrorData } from '../../../../../shared/errors'
import { PERMISSIONS, type Permission } from '../../../../../shared/permissions'
import type { Role } from '../../../../../shared/staff'
import { CancelSubmit } from '../../../components/CancelSubmit'
import { Dialog } from '../../../components/Dialog'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { TextField } from '../../../components/Field'
import { call } from '../../../lib/call'
import { fieldErrors, localRefusal } from '../../../lib/errors'
import { permissionLabel } from '../../../stores/session-store'
import { toast } from '../../../stores/toast-store'
import { useTranslation } from 'react-i18next'

/** A custom role: its name, what it may do (from the permission list) and its discount limit. */
export function RoleDialog({ role, onClose }: { role: Role | null; onClose(): void }) {
  const { t } = useTranslation()
  const [name, setName] = useState(role?.name ?? '')
  const [permissions, setPermissions] = useState<ReadonlySet<Permission>>(new Set(role?.permissions ?? []))
  const [limit, setLimit] = useState(String((role?.discountLimitBp ?? 0) / 100))
  const [error, setError] = useState<AppErrorData | null>(null)
  const [busy, setBusy] = useState(false)
  const fields = fieldErrors(error)
  const toggle = (permission: Permission) => {
    const next = new Set(permissions)
    if (next.has(permission)) next.delete(permission)
    else next.add(permission)
    setPermissions(next)
  }
  const submit = async () => {
    const percent = Number(limit.trim().replace(',', '.'))
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
      const message = t('settings.discountLimitPercent')
      return setError(localRefusal('discountLimitBp', message))
    }
    setBusy(true)
    const result = await call(() =>
      window.api.staff.saveRole({ ...(role ? { roleId: role.id } : {}), name, permissions: [...permissions], discountLimitBp: Math.round(percent * 100) })
    )
    setBusy(false)
    if (!result.ok) return setError(result.error)
    toast(t('settings.roleSaved', { name: result.data.name }))
    onClose()
  }
  const remove = async () => {
    if (!role) return
    const result = await call(() => window.api.staff.deleteRole({ roleId: role.id }))
    if (!result.ok) return setError(result.error)
    toast(t('settings.roleRemoved', { name: role.name }))
    onClose()
  }
  return (
    <Dialog
      title={role ? t('settings.role', { name: role.name }) : t('settings.newCustomRole')}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="role-dialog"
      width="wide"
      error={error}
      footer={
        <>
          {role ? (
            <button type="button" className="button button--danger" onClick={() => void remove()} data-testid="role-dialog-delete">
              <span>{t('settings.removeRole')}</span>
            </button>
          ) : null}
          <CancelSubmit onCancel={onClose} busy={busy} testId="role-dialog-save">
            {t('settings.saveRole')}
          </CancelSubmit>
        </>
      }
    >
      <ErrorNotice error={error} testId="role-dialog-error" shownFields={/^(name|discountLimitBp)$/} />
      <TextField label={t('settings.name')} value={name} onChange={setName} error={fields.name} testId="role-dialog-name" maxLength={40} data-autofocus />
      <fieldset className="role-permissions">
        <legend>{t('settings.mayDo')}</legend>
        {PERMISSIONS.map((permission) => (
          <label key={permission} className="role-permissions__item">
            <input type="checkbox" checked={permissions.has(permission)} onChange={() => toggle(permission)} data-testid={`role-permission-${permission}`} />
            <span>{permissionLabel(permission)}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('settings.discountLimit')}
        hint={t('settings.theBiggestDiscountThis')}
        value={limit}
        onChange={setLimit}
        error={fields.discountLimitBp}
        testId="role-dialog-limit"
        inputMode="decimal"
      />
    </Dialog>
  )
}
