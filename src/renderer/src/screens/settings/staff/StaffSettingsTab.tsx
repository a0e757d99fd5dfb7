import { useState } from 'react'
import type { AppErrorData } from '../../../../../shared/errors'
import type { Role, StaffMember } from '../../../../../shared/staff'
import { Button } from '../../../components/Button'
import { ErrorNotice } from '../../../components/ErrorNotice'
import { ScreenHeader } from '../../../components/ScreenHeader'
import { call } from '../../../lib/call'
import { useLiveQuery } from '../../../lib/use-live-query'
import { useCan } from '../../../stores/session-store'
import { toast } from '../../../stores/toast-store'
import { SettingsTabs } from '../SettingsTabs'
import { LockSettings } from './LockSettings'
import { RoleDialog } from './RoleDialog'
import { StaffDialog, type StaffDialogMode } from './StaffDialog'
import './staff-settings.css'

/** Settings → Staff: who works here, with which role, and the custom roles (owner and managers). */
export function StaffSettingsTab() {
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
    if (result.ok) toast(active ? `${member.name} can unlock the till again` : `${member.name} can no longer unlock the till`)
  }

  return (
    <div className="screen" data-testid="staff-settings">
      <ScreenHeader title="Settings" subtitle="Who works at this till, what each role may do, and when the till locks itself.">
        <Button
          variant="primary"
          onClick={() => setDialog({ kind: 'add' })}
          disabled={!canManage}
          title={canManage ? undefined : 'Needs “Manage staff and roles”'}
          data-testid="staff-add"
        >
          Add staff
        </Button>
      </ScreenHeader>
      <SettingsTabs current="staff" />
      {!canManage ? <p className="notice notice--warning">Only an owner or a manager can change staff. You can see the roles below.</p> : null}
      <ErrorNotice error={error ?? staff.error ?? roles.error} testId="staff-error" />
      <div className="settings-grid">
        <section className="card settings-section staff-section" aria-labelledby="staff-people">
          <h2 id="staff-people">Staff</h2>
          <table className="staff-table" data-testid="staff-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Role</th>
                <th>Status</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {(staff.data ?? []).map((member) => (
                <tr key={member.id} data-testid="staff-row" className={member.active ? undefined : 'staff-table__inactive'}>
                  <td>{member.name}</td>
                  <td>{member.roleName}</td>
                  <td>{!member.active ? 'Deactivated' : member.hasPin ? 'Active' : 'No PIN yet'}</td>
                  <td className="staff-table__actions">
                    <Button size="small" onClick={() => setDialog({ kind: 'edit', member })} data-testid="staff-edit">
                      Edit
                    </Button>
                    <Button size="small" onClick={() => setDialog({ kind: 'pin', member })} data-testid="staff-reset-pin">
                      Reset PIN
                    </Button>
                    <Button
                      size="small"
                      variant={member.active ? 'danger' : 'secondary'}
                      onClick={() => void setActive(member, !member.active)}
                      data-testid="staff-toggle-active"
                    >
                      {member.active ? 'Deactivate' : 'Reactivate'}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card settings-section staff-section" aria-labelledby="staff-roles">
          <h2 id="staff-roles">Roles</h2>
          <ul className="plain-list staff-roles" data-testid="staff-roles">
            {(roles.data ?? []).map((entry) => (
              <li key={entry.id} className="staff-roles__role">
                <div>
                  <strong>{entry.name}</strong>
                  <span className="muted">
                    {' '}
                    · {entry.permissions.length} permissions · discounts up to {entry.discountLimitBp / 100}%{entry.builtIn ? ' · built in' : ''}
                  </span>
                </div>
                {entry.builtIn ? null : (
                  <Button size="small" onClick={() => setRole(entry)} disabled={!canManage} data-testid="staff-role-edit">
                    Edit
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <Button onClick={() => setRole('new')} disabled={!canManage} data-testid="staff-role-add">
            New custom role
          </Button>
        </section>
        <LockSettings />
      </div>
      {dialog ? <StaffDialog mode={dialog} roles={roles.data ?? []} onClose={() => setDialog(null)} /> : null}
      {role ? <RoleDialog role={role === 'new' ? null : role} onClose={() => setRole(null)} /> : null}
    </div>
  )
}
