import type { Actor } from '../../shared/actor'
import type { Permission } from '../../shared/permissions'
import type { Role } from '../../shared/staff'
import type { Db } from '../db/schema'
import { toRole } from './roles'

export interface StaffEntry {
  actor: Actor
  role: Role
  permissions: ReadonlySet<Permission>
  active: boolean
  hasPin: boolean
}

/**
 * Every staff member with their role, read once and again after each staff change, so that the
 * permission check in front of every command is a map lookup and no query.
 */
export interface StaffDirectory {
  get(id: string): StaffEntry | undefined
  all(): readonly StaffEntry[]
  /** No one has a PIN yet: a new or just-upgraded till, where every window acts as the owner. */
  pinless: boolean
  /** The owner every window acts as while the till is pinless. */
  pinlessOwner: StaffEntry | undefined
  /** A till set up before it had PINs: its owner is asked to set one at this start (migration 30). */
  ownerPinPrompt: boolean
}

export async function loadStaffDirectory(db: Db): Promise<StaffDirectory> {
  const roles = new Map((await db.selectFrom('roles').selectAll().execute()).map((row) => [row.id, toRole(row)]))
  const rows = await db.selectFrom('staff').select(['id', 'name', 'role_id', 'active', 'pin_hash', 'pin_prompt']).orderBy('name').orderBy('id').execute()
  const entries: StaffEntry[] = []
  for (const row of rows) {
    const role = roles.get(row.role_id)
    if (!role) continue
    entries.push({
      actor: { id: row.id, name: row.name },
      role,
      permissions: new Set(role.permissions),
      active: row.active === 1,
      hasPin: row.pin_hash !== null
    })
  }
  const byId = new Map(entries.map((entry) => [entry.actor.id, entry]))
  const pinless = !entries.some((entry) => entry.hasPin)
  const pinlessOwner = pinless ? entries.find((entry) => entry.active && entry.role.id === 'owner') : undefined
  const prompted = new Set(rows.filter((row) => row.pin_prompt === 1).map((row) => row.id))
  return {
    get: (id) => byId.get(id),
    all: () => entries,
    pinless,
    pinlessOwner,
    ownerPinPrompt: pinlessOwner !== undefined && prompted.has(pinlessOwner.actor.id)
  }
}
