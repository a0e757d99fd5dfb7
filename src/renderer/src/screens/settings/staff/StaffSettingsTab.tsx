import { useState } from 'react'
import type { AppErrorData } from '../../../../../shared/errors'
import type { Role, StaffMember } from '../../../../../shared/staff'
import { Button } from '../../../components/Button'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { ScreenHeader } from '../../../components/ScreenHeader'
import { Separated } from '../../../components/Separated'
import { call } from '../../../lib/call'
import { useLiveQuery } from '../../../lib/use-live-query'
import { useCan } from '../../../stores/session-store'
import { toast } from '../../../stores/toast-store'
import { SettingsTabs } from '../SettingsTabs'
import { LockSettings } from './LockSettings'
import { RoleDialog } from './RoleDialog'
import { StaffDialog, type StaffDialogMode } from './StaffDialog'
import './staff-settings.css'
import { useTranslation } from 'react-i18next'

/** Settings → Staff: who works here, with which role, and the custom roles (owner and managers). */
export function StaffSettingsTab() {
  const { t } = useTranslation()
  const canManage = useCan('staff.manage')
  const staff = useLiveQuery<StaffMember[]>(
    () => (canManage ? window.api.staff.list() : Promise.resolve({ ok: true, data: [] })),
    [canManage],
    ['staff.changed']
  )
  const roles = useLiveQuery<Role[]>(() => window.api.staff.roles(), [], ['staff.changed'])
  const [dialog, setDialog] = useState<StaffDialogMode | null>(null)
  const [role, setRole] = useState<Role | 'new' | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)

  const setActive = async (member: StaffMember, active: boolean) => {
    const result = await call(() => window.api.staff.update({ staffId: member.id, active }))
    setError(result.ok ? null : result.error)
    if (result.ok) toast(active ? t('settings.canUnlockTheTill', { name: member.name }) : t('settings.canNoLongerUnlock', { name: member.name }))
  }

  return (
    <div className="screen" data-testid="staff-settings">
      <ScreenHeader title={t('settings.settings')} subtitle={t('settings.whoWorksAtThis')}>
        <Button
          variant="primary"
          onClick={() => setDialog({ kind: 'add' })}
          disabled={!canManage}
          title={canManage ? undefined : t('settings.needsManageStaffAnd')}
          data-testid="staff-add"
        >
          {t('settings.addStaff')}
        </Button>
      </ScreenHeader>
      <SettingsTabs current="staff" />
      {!canManage ? <p className="notice notice--warning">{t('settings.onlyAnOwnerOr')}</p> : null}
      <ErrorNotice error={error ?? staff.error ?? roles.error} testId="staff-error" />
      <div className="settings-grid">
        <section className="card settings-section staff-section staff-section--people" aria-labelledby="staff-people">
          <h2 id="staff-people">{t('settings.staff')}</h2>
          <table className="staff-table" data-testid="staff-table">
            <thead>
              <tr>
                <th>{t('settings.name')}</th>
                <th>{t('settings.role2')}</th>
                <th>{t('settings.status')}</th>
                <th aria-label={t('settings.actions')} />
              </tr>
            </thead>
            <tbody>
              {(staff.data ?? []).map((member) => (
                <tr key={member.id} data-testid="staff-row" className={member.active ? undefined : 'staff-table__inactive'}>
                  <td>{member.name}</td>
                  <td>{member.roleName}</td>
                  <td>{!member.active ? t('settings.deactivated') : member.hasPin ? t('settings.active') : t('settings.noPinYet')}</td>
                  <td>
                    <div className="staff-table__actions">
                      <Button size="small" onClick={() => setDialog({ kind: 'edit', member })} data-testid="staff-edit">
                        {t('settings.edit')}
                      </Button>
                      <Button size="small" onClick={() => setDialog({ kind: 'pin', member })} data-testid="staff-reset-pin">
                        {t('settings.resetPin')}
                      </Button>
                      <Button
                        size="small"
                        variant={member.active ? 'danger' : 'secondary'}
                        onClick={() => void setActive(member, !member.active)}
                        data-testid="staff-toggle-active"
                      >
                        {member.active ? t('settings.deactivate') : t('settings.reactivate')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card settings-section staff-section" aria-labelledby="staff-roles">
          <h2 id="staff-roles">{t('settings.roles')}</h2>
          <ul className="plain-list staff-roles" data-testid="staff-roles">
            {(roles.data ?? []).map((entry) => (
              <li key={entry.id} className="staff-roles__role">
                <div>
                  <strong>{entry.name}</strong>
                  <span className="muted">
                    {' · '}
                    <Separated
                      parts={[
                        t('settings.permissionsDiscountsUpTo', { count: entry.permissions.length, limit: entry.discountLimitBp / 100 }),
                        entry.builtIn ? t('settings.builtIn') : null
                      ]}
                    />
                  </span>
                </div>
                {entry.builtIn ? null : (
                  <Button size="small" onClick={() => setRole(entry)} disabled={!canManage} data-testid="staff-role-edit">
                    {t('settings.edit')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <Button onClick={() => setRole('new')} disabled={!canManage} data-testid="staff-role-add">
            {t('settings.newCustomRole')}
          </Button>
        </section>
        <LockSettings />
      </div>
      {dialog ? <StaffDialog mode={dialog} roles={roles.data ?? []} onClose={() => setDialog(null)} /> : null}
      {role ? <RoleDialog role={role === 'new' ? null : role} onClose={() => setRole(null)} /> : null}
    </div>
  )
}
