import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import { OWNER_ONLY, type Permission } from '../../shared/permissions'
import { FIRST_OWNER_ID, type LockScreen, type NewStaff, type Role, type RoleInput, type Session, type StaffMember, type StaffUpdate } from '../../shared/staff'
import type { AppContext } from '../core/app-context'
import { AppError, notFound } from '../core/app-error'
import { runCommand, type CommandScope } from '../core/command'
import type { Db, Trx } from '../db/schema'
import type { RolesTable, StaffTable } from '../db/tables/staff.table'
import type { CallContext } from '../ipc/handler-types'
import { bringBackHeldCart, holdCartFor, holdsCart, releaseHeldCart, saleInProgress } from '../cart/held-carts'
import { readSettings } from '../settings/settings-store'
import { newPinSalt } from './pin-hash'
import { isBuiltInRole, toRole } from './roles'
import type { StaffDirectory } from './staff-directory'
import type { StaffService } from './staff-service'

type StaffRow = Pick<Selectable<StaffTable>, 'id' | 'name' | 'role_id' | 'active' | 'pin_hash'> & { role_name: string }

function staffQuery(db: Db | Trx) {
  return db
    .selectFrom('staff')
    .innerJoin('roles', 'roles.id', 'staff.role_id')
    .select(['staff.id', 'staff.name', 'staff.role_id', 'staff.active', 'staff.pin_hash', 'roles.name as role_name'])
}

function toStaffMember(row: StaffRow): StaffMember {
  return { id: row.id, name: row.name, roleId: row.role_id, roleName: row.role_name, active: row.active === 1, hasPin: row.pin_hash !== null }
}

export async function listStaff(db: Db): Promise<StaffMember[]> {
  return (await staffQuery(db).orderBy('staff.active', 'desc').orderBy('staff.name').orderBy('staff.id').execute()).map(toStaffMember)
}

export async function listRoles(db: Db): Promise<Role[]> {
  const rows = await db.selectFrom('roles').selectAll().orderBy('built_in', 'desc').orderBy('name').execute()
  return rows.map(toRole)
}

/** Active staff who can unlock; while the till is pinless, the owner the first run names. */
export function lockScreenOf(staff: StaffDirectory): LockScreen {
  const unlockable = staff.all().filter((entry) => entry.active && (entry.hasPin || staff.pinless))
  return { pinless: staff.pinless, staff: unlockable.map((entry) => ({ id: entry.actor.id, name: entry.actor.name, roleName: entry.role.name })) }
}

async function pinColumns(service: StaffService, pin: string): Promise<{ pin_hash: Buffer; pin_salt: Buffer }> {
  const salt = newPinSalt()
  return { pin_hash: await service.hashPin(pin, salt), pin_salt: salt }
}

/** First run or first start after the upgrade: names the first owner and gives them a PIN. */
export async function setupOwner(app: AppContext, service: StaffService, call: CallContext, input: { name: string; pin: string }): Promise<Session> {
  const staff = await service.directory()
  if (!staff.pinless) throw new AppError('CONFLICT', 'The owner already has a PIN. Unlock with it, or reset it in Settings → Staff.')
  const owner = staff.pinlessOwner?.actor.id ?? FIRST_OWNER_ID
  const pin = await pinColumns(service, input.pin)
  await runCommand(app, { ...call, actor: { id: owner, name: input.name }, approver: null }, async (scope) => {
    const changed = await scope.trx
      .updateTable('staff')
      .set({ name: input.name, ...pin, failed_pins: 0, lockouts: 0, locked_until: null, pin_prompt: 0, updated_at: scope.now })
      .where('id', '=', owner)
      .where('pin_hash', 'is', null)
      .executeTakeFirst()
    if (Number(changed.numUpdatedRows) !== 1) throw new AppError('CONFLICT', 'The owner already has a PIN.')
    scope.emit('staff.changed', { staffIds: [owner] })
  })
  return service.openFor(call.window, owner)
}

/** Opens the window for the person whose PIN it is, with the cart that was held for them (carts per person). */
export async function unlockWindow(app: AppContext, service: StaffService, call: CallContext, staffId: string, pin: string): Promise<Session> {
  const session = await service.unlock(call.window, staffId, pin)
  if (session.staff && (await holdsCart(app.db, staffId))) {
    const actor = { id: session.staff.id, name: session.staff.name }
    await runCommand(app, { actor, approver: null, command: call.command }, (scope) => bringBackHeldCart(scope, staffId))
  }
  return session
}

/** Ends the window's session; with carts per person, the cart in progress is set aside for whoever was at the till. */
export async function lockWindow(app: AppContext, service: StaffService, call: CallContext): Promise<Session> {
  const session = await service.session(call.window)
  const person = session.staff
  if (person && !session.pinless && (await readSettings(app.db)).cartsPerPerson && (await saleInProgress(app.db))) {
    await runCommand(app, call, (scope) => holdCartFor(scope, person.id))
  }
  return service.lock(call.window)
}

/** "Not now" to the upgraded till's PIN prompt: it works on as before, and the nav still offers to set one. */
export async function dismissOwnerPinPrompt(app: AppContext, service: StaffService, call: CallContext): Promise<Session> {
  await runCommand(app, call, async (scope) => {
    const asked = await scope.trx.updateTable('staff').set({ pin_prompt: 0, updated_at: scope.now }).where('pin_prompt', '=', 1).returning('id').execute()
    if (asked.length > 0) scope.emit('staff.changed', { staffIds: asked.map((row) => row.id) })
  })
  await service.reload()
  return service.session(call.window)
}

/**
 * Owner accounts, and any role holding what only an owner may do (the owner role, or a custom role
 * with an OWNER_ONLY permission), are an owner's to give, change or take away: else a manager could
 * build such a role and take it, or reset the PIN of someone who holds it.
 */
async function assertMayTouch(
  db: Db | Trx,
  service: StaffService,
  call: CallContext,
  roleIds: ReadonlyArray<string | undefined>,
  granted: readonly Permission[] = []
): Promise<void> {
  const ids = roleIds.filter((id): id is string => id !== undefined)
  const roles = ids.length === 0 ? [] : await db.selectFrom('roles').selectAll().where('id', 'in', ids).execute()
  const reach = [...granted, ...roles.flatMap((row) => toRole(row).permissions)]
  if (!reach.some((permission) => OWNER_ONLY.includes(permission))) return
  const staff = await service.directory()
  const isOwner = (id: string | undefined) => id !== undefined && staff.get(id)?.role.id === 'owner'
  if (!isOwner(call.actor.id) && !isOwner(call.approver?.id)) {
    throw new AppError('FORBIDDEN', 'Only an owner may give, change or take away an owner’s account, or a role that may do what only an owner may.', {
      details: { permission: 'staff.manage' }
    })
  }
}

async function readMember(trx: Trx, staffId: string): Promise<StaffMember> {
  const row = await staffQuery(trx).where('staff.id', '=', staffId).executeTakeFirst()
  if (!row) throw notFound('Staff member', staffId)
  return toStaffMember(row)
}

async function assertRole(trx: Trx, roleId: string): Promise<void> {
  const role = await trx.selectFrom('roles').select('id').where('id', '=', roleId).executeTakeFirst()
  if (!role) throw new AppError('VALIDATION', 'Choose one of the roles.', { issues: [{ path: 'roleId', message: 'Choose one of the roles.' }] })
}

async function changeStaff<T>(
  app: AppContext,
  service: StaffService,
  call: CallContext,
  staffIds: string[],
  work: (scope: CommandScope) => Promise<T>
): Promise<T> {
  const result = await runCommand(app, call, async (scope) => {
    const value = await work(scope)
    scope.emit('staff.changed', { staffIds })
    return value
  })
  await service.reload()
  return result
}

export async function createStaff(app: AppContext, service: StaffService, call: CallContext, input: NewStaff): Promise<StaffMember> {
  if ((await service.directory()).pinless) throw new AppError('CONFLICT', 'Set the owner’s own PIN first, so the owner can still unlock the till.')
  await assertMayTouch(app.db, service, call, [input.roleId])
  const id = randomUUID()
  const pin = await pinColumns(service, input.pin)
  return changeStaff(app, service, call, [id], async ({ trx, now }) => {
    await assertRole(trx, input.roleId)
    await trx
      .insertInto('staff')
      .values({ id, name: input.name, role_id: input.roleId, ...pin, locked_until: null, created_at: now, updated_at: now })
      .execute()
    return readMember(trx, id)
  })
}

export async function updateStaff(app: AppContext, service: StaffService, call: CallContext, update: StaffUpdate): Promise<StaffMember> {
  return changeStaff(app, service, call, [update.staffId], async (scope) => {
    const { trx, now } = scope
    const current = await readMember(trx, update.staffId)
    await assertMayTouch(trx, service, call, [current.roleId, update.roleId])
    if (update.roleId !== undefined) await assertRole(trx, update.roleId)
    const staysOwner = (update.active ?? current.active) && (update.roleId ?? current.roleId) === 'owner'
    if (current.active && current.roleId === 'owner' && !staysOwner) await assertAnotherOwner(trx, current.id)
    await trx
      .updateTable('staff')
      .set({
        ...(update.name !== undefined && { name: update.name }),
        ...(update.roleId !== undefined && { role_id: update.roleId }),
        ...(update.active !== undefined && { active: update.active ? 1 : 0 }),
        updated_at: now
      })
      .where('id', '=', update.staffId)
      .execute()
    if (update.active === false) await releaseHeldCart(scope, { id: current.id, name: update.name ?? current.name })
    return readMember(trx, update.staffId)
  })
}

async function assertAnotherOwner(trx: Trx, leaving: string): Promise<void> {
  const other = await trx.selectFrom('staff').select('id').where('role_id', '=', 'owner').where('active', '=', 1).where('id', '<>', leaving).executeTakeFirst()
  if (!other) throw new AppError('LAST_OWNER', 'This is the last active owner. Make someone else an owner first: a till always has one.')
}

export async function resetPin(app: AppContext, service: StaffService, call: CallContext, input: { staffId: string; pin: string }): Promise<StaffMember> {
  const target = (await service.directory()).get(input.staffId)
  if (!target) throw notFound('Staff member', input.staffId)
  await assertMayTouch(app.db, service, call, [target.role.id])
  const pin = await pinColumns(service, input.pin)
  return changeStaff(app, service, call, [input.staffId], async ({ trx, now }) => {
    await trx
      .updateTable('staff')
      .set({ ...pin, failed_pins: 0, lockouts: 0, locked_until: null, updated_at: now })
      .where('id', '=', input.staffId)
      .execute()
    return readMember(trx, input.staffId)
  })
}

export async function saveRole(app: AppContext, service: StaffService, call: CallContext, input: RoleInput): Promise<Role> {
  if (input.roleId !== undefined && isBuiltInRole(input.roleId)) {
    throw new AppError('VALIDATION', 'The owner, manager and cashier roles are fixed. Make a custom role instead.')
  }
  const id = input.roleId ?? `role-${randomUUID()}`
  return changeStaff(app, service, call, [], async ({ trx, now }) => {
    await assertMayTouch(trx, service, call, [input.roleId], input.permissions)
    const values = { name: input.name, permissions: JSON.stringify([...new Set(input.permissions)]), discount_limit_bp: input.discountLimitBp, updated_at: now }
    if (input.roleId === undefined) {
      await trx
        .insertInto('roles')
        .values({ id, built_in: 0, created_at: now, ...values })
        .execute()
    } else {
      const changed = await trx.updateTable('roles').set(values).where('id', '=', id).where('built_in', '=', 0).executeTakeFirst()
      if (Number(changed.numUpdatedRows) !== 1) throw notFound('Role', id)
    }
    return toRole(await trx.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
  })
}

export async function deleteRole(app: AppContext, service: StaffService, call: CallContext, roleId: string): Promise<{ roleId: string }> {
  if (isBuiltInRole(roleId)) throw new AppError('VALIDATION', 'The owner, manager and cashier roles are fixed.')
  return changeStaff(app, service, call, [], async ({ trx }) => {
    await assertMayTouch(trx, service, call, [roleId])
    const holder = await trx.selectFrom('staff').select('name').where('role_id', '=', roleId).executeTakeFirst()
    if (holder) throw new AppError('CONFLICT', `${holder.name} still has this role. Give them another role first.`)
    const role: Pick<Selectable<RolesTable>, 'id'> | undefined = await trx.selectFrom('roles').select('id').where('id', '=', roleId).executeTakeFirst()
    if (!role) throw notFound('Role', roleId)
    await trx.deleteFrom('roles').where('id', '=', roleId).execute()
    return { roleId }
  })
}
