import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { OWNER_ONLY } from '../../src/shared/permissions'
import { checksumDatabase, type TestTill, type TillWindow } from '../support/test-till'
import { MANAGER_PIN, openStaffedTill } from '../support/staffed-till'

let till: TestTill
let manager: TillWindow
let managerId: string
let cashierId: string

beforeEach(async () => {
  ;({ till, managerId, cashierId } = await openStaffedTill())
  manager = till.window(3)
  await manager.unlock(managerId, MANAGER_PIN)
})
afterEach(() => till.cleanup())

describe('what only an owner may do stays with the owners', () => {
  it.each(OWNER_ONLY)('a manager cannot build a role with %s, nor take it, and nothing is written', async (permission) => {
    const before = await checksumDatabase(till, { withoutJournal: true })
    const built = await manager.call('staff.saveRole', { name: 'Deputy', permissions: ['stats.view', permission], discountLimitBp: 0 })
    expect(built).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await checksumDatabase(till, { withoutJournal: true })).toBe(before)
    // The owner may build it; the manager still cannot give it to anyone, themselves included.
    const role = await till.ok('staff.saveRole', { name: 'Deputy', permissions: ['stats.view', permission], discountLimitBp: 0 })
    const owned = await checksumDatabase(till, { withoutJournal: true })
    for (const staffId of [managerId, cashierId]) {
      expect(await manager.call('staff.update', { staffId, roleId: role.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await manager.call('staff.create', { name: 'New Deputy', roleId: role.id, pin: '5839' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await manager.call('staff.saveRole', { roleId: role.id, name: 'Deputy', permissions: ['stats.view'], discountLimitBp: 0 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await manager.call('staff.deleteRole', { roleId: role.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await checksumDatabase(till, { withoutJournal: true })).toBe(owned)
    expect((await manager.ok('staff.session')).permissions).not.toContain(permission)
  })

  it('keeps someone holding such a role an owner’s business: a manager cannot reset their PIN or deactivate them', async () => {
    const role = await till.ok('staff.saveRole', { name: 'Deputy', permissions: ['settings.edit'], discountLimitBp: 0 })
    const deputy = await till.addStaff('Dana Deputy', role.id, '5839')
    const before = await checksumDatabase(till, { withoutJournal: true })
    expect(await manager.call('staff.resetPin', { staffId: deputy, pin: '7102' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await manager.call('staff.update', { staffId: deputy, active: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await checksumDatabase(till, { withoutJournal: true })).toBe(before)
  })

  it('still lets a manager build and give a role of what a manager may do', async () => {
    const role = await manager.ok('staff.saveRole', { name: 'Stock keeper', permissions: ['stock.adjust', 'catalog.edit'], discountLimitBp: 500 })
    expect(await manager.ok('staff.update', { staffId: cashierId, roleId: role.id })).toMatchObject({ roleId: role.id })
    expect(
      await manager.ok('staff.deleteRole', { roleId: (await manager.ok('staff.saveRole', { name: 'Spare', permissions: [], discountLimitBp: 0 })).id })
    ).toBeTruthy()
  })
})
