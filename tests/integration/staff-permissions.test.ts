import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS, contract, type Channel } from '../../src/shared/contract'
import { OWNER } from '../../src/shared/actor'
import { checksumDatabase, openTestTill, TEST_OWNER_PIN, type TestTill, type TillWindow } from '../support/test-till'
import { simpleProduct } from '../support/catalog-fixtures'
import { sellAtCounter } from '../support/sales'
import { CASHIER_PIN, MANAGER_PIN, openStaffedTill } from '../support/staffed-till'

let till: TestTill
let cashier: TillWindow
let cashierId: string
let managerId: string

const openTill = async () => {
  ;({ till, cashier, cashierId, managerId } = await openStaffedTill())
}
/** A fresh till for each test that writes; one for a whole describe whose tests only check that nothing is written. */
function tillPerTest(): void {
  beforeEach(openTill)
  afterEach(() => till.cleanup())
}
function tillPerDescribe(): void {
  beforeAll(openTill)
  afterAll(() => till.cleanup())
}

const guarded = CHANNELS.filter((channel) => !['none', 'lock-screen'].includes(contract[channel].requires))

async function sellOneBag(): Promise<Awaited<ReturnType<typeof sellAtCounter>>> {
  const product = await till.ok('catalog.createProduct', simpleProduct('Coffee bag', { sku: 'BAG', price: 1200, stock: 5 }))
  return sellAtCounter(till, [{ variantId: product.variants[0]!.id }])
}

describe('permissions on every channel', () => {
  tillPerDescribe()
  it.each(guarded)(
    'refuses %s to a cashier without its permission, naming it, and writes nothing but the journal entry of the refusal',
    async (channel: Channel) => {
      const before = await checksumDatabase(till, { withoutJournal: true })
      const entries = () =>
        till.sqlite.prepare('SELECT command, staff_id, body FROM journal ORDER BY seq').all() as Array<{ command: string; staff_id: string; body: string }>
      const journaled = entries().length
      const result = await cashier.call(channel as 'settings.update', {})
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { permission: contract[channel].requires } } })
      expect(await checksumDatabase(till, { withoutJournal: true })).toBe(before)
      const added = entries().slice(journaled)
      expect(added).toEqual([{ command: channel, staff_id: cashierId, body: expect.stringContaining('"refused":{"code":"FORBIDDEN"') }])
    }
  )

  it('answers LOCKED on a locked window for every channel but the lock screen’s, and writes nothing', async () => {
    const locked = till.window(3)
    const before = await checksumDatabase(till)
    for (const channel of CHANNELS) {
      const result = await locked.call(channel as 'settings.get')
      if (contract[channel].requires === 'lock-screen') {
        expect(result.ok ? 'answered' : result.error.code, channel).not.toBe('LOCKED')
      } else {
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
      }
    }
    expect(await checksumDatabase(till)).toBe(before)
  })

  it('refuses a request that says who acts as malformed, and writes nothing', async () => {
    const result = await till.dispatch('settings.get', { actor: OWNER, input: undefined }, 2)
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('actor') } })
    // Even the owner named as actor on a cashier's write: refused before anything runs.
    const before = await checksumDatabase(till)
    const claimed = await till.dispatch('settings.update', { actor: OWNER, input: { shopName: 'Taken over' } }, 2)
    expect(claimed).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('actor') } })
    expect(await checksumDatabase(till)).toBe(before)
  })
})

describe('windows and commands', () => {
  tillPerTest()
  it('locks a window again with staff.lock, and the cart it was building stays', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', price: 300, stock: 9 }))
    const cart = await cashier.ok('cart.current')
    await cashier.ok('cart.addLine', { cartId: cart.id, variantId: product.variants[0]!.id, quantity: 2 })
    expect(await cashier.ok('staff.lock')).toMatchObject({ locked: true, staff: null })
    expect(await cashier.call('cart.current')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    await cashier.unlock(managerId, MANAGER_PIN)
    expect((await cashier.ok('cart.current')).lines).toMatchObject([{ variantId: product.variants[0]!.id, quantity: 2 }])
  })

  it('passes the channel name into the command, so hooks know what ran', async () => {
    const seen: string[] = []
    till.context.commandHooks.push(async (scope) => {
      seen.push(`${scope.command}:${scope.actor.id}`)
    })
    await cashier.ok('cart.current')
    expect(seen).toEqual([`cart.current:${cashierId}`])
  })
})

describe('manager approval', () => {
  tillPerTest()
  it('runs the one command with the cashier as actor and the manager as approver, both recorded', async () => {
    const order = await sellOneBag()
    const line = order.lines[0]!
    const request = { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] }
    expect(await cashier.call('orders.return', request)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { permission: 'orders.refund' } } })

    const returned = await cashier.approved({ staffId: managerId, pin: MANAGER_PIN }).ok('orders.return', request)
    expect(returned.status).toBe('returned')
    const rows = await till.context.db.selectFrom('order_returns').select(['actor_id', 'approver_id']).execute()
    expect(rows).toEqual([{ actor_id: cashierId, approver_id: managerId }])
    const refund = await till.context.db.selectFrom('payments').select(['actor_id', 'approver_id']).where('kind', '=', 'refund').execute()
    expect(refund).toEqual([{ actor_id: cashierId, approver_id: managerId }])
    const event = returned.events.at(-1)!
    expect(event).toMatchObject({ actorId: cashierId, actorName: 'Cara Cashier', approverId: managerId, approverName: 'Max Manager' })

    // The approval was for that command only.
    expect(await cashier.call('orders.cancel', { orderId: order.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refuses a wrong manager PIN, or an approver without the permission, and writes nothing but the PIN counters', async () => {
    const order = await sellOneBag()
    const request = { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] }
    const otherCashier = await till.addStaff('Cy Cashier', 'cashier', '5938')
    const orderBefore = await till.ok('orders.get', { orderId: order.id })
    expect(await cashier.approved({ staffId: managerId, pin: '0001' }).call('orders.return', request)).toMatchObject({
      ok: false,
      error: { code: 'PIN_WRONG' }
    })
    expect(await cashier.approved({ staffId: otherCashier, pin: '5938' }).call('orders.return', request)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { permission: 'orders.refund', approver: true } }
    })
    expect(await till.ok('orders.get', { orderId: order.id })).toEqual(orderBefore)
  })
})

describe('staff accounts', () => {
  tillPerTest()
  it('never lets the last active owner go, with a code', async () => {
    const owner = 'owner'
    expect(await till.call('staff.update', { staffId: owner, active: false })).toMatchObject({ ok: false, error: { code: 'LAST_OWNER' } })
    expect(await till.call('staff.update', { staffId: owner, roleId: 'manager' })).toMatchObject({ ok: false, error: { code: 'LAST_OWNER' } })
    const second = await till.addStaff('Second Owner', 'owner', '6150')
    expect(await till.ok('staff.update', { staffId: owner, roleId: 'manager' })).toMatchObject({ roleId: 'manager' })
    const secondWindow = till.window(6)
    await secondWindow.unlock(second, '6150')
    expect(await secondWindow.call('staff.update', { staffId: second, active: false })).toMatchObject({ ok: false, error: { code: 'LAST_OWNER' } })
  })

  it('keeps owner accounts an owner’s business, even for a manager with staff.manage', async () => {
    const manager = till.window(4)
    await manager.unlock(managerId, MANAGER_PIN)
    expect(await manager.call('staff.create', { name: 'New Owner', roleId: 'owner', pin: '8364' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await manager.call('staff.resetPin', { staffId: 'owner', pin: '8364' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await manager.ok('staff.update', { staffId: cashierId, name: 'Cara C.' })).toMatchObject({ name: 'Cara C.' })
  })

  it('ends the session of someone deactivated: their window is locked at once', async () => {
    await till.ok('staff.update', { staffId: cashierId, active: false })
    expect(await cashier.call('cart.current')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(await cashier.call('staff.unlock', { staffId: cashierId, pin: CASHIER_PIN })).toMatchObject({ ok: false, error: { code: 'PIN_WRONG' } })
    expect((await till.ok('staff.lockScreen')).staff.map((member) => member.id)).not.toContain(cashierId)
  })

  it('gives a custom role exactly the permissions it lists', async () => {
    const role = await till.ok('staff.saveRole', { name: 'Stock keeper', permissions: ['stock.adjust', 'catalog.edit'], discountLimitBp: 0 })
    expect((await cashier.ok('staff.roles')).map((listed) => listed.name)).toEqual(['Cashier', 'Manager', 'Owner', 'Stock keeper'])
    const keeper = await till.addStaff('Kim Keeper', role.id, '2468')
    const window = till.window(5)
    await window.unlock(keeper, '2468')
    expect((await window.ok('staff.session')).permissions.sort()).toEqual(['catalog.edit', 'stock.adjust'])
    expect(await window.call('orders.exportCsv', { saveToken: 'f'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await till.call('staff.deleteRole', { roleId: role.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await till.call('staff.saveRole', { roleId: 'cashier', name: 'Cashier', permissions: ['orders.refund'], discountLimitBp: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
  })

  it('shows no PIN, hash or salt to the renderer', async () => {
    const answers = JSON.stringify([
      await till.ok('staff.list'),
      await till.ok('staff.lockScreen'),
      await till.ok('staff.session'),
      await cashier.call('staff.unlock', { staffId: cashierId, pin: '9999' })
    ])
    expect(answers).not.toMatch(/pin_?hash|salt|9999|4826|7391/i)
    expect(answers).toContain('hasPin')
  })

  it('gives a new till an owner acting as today until the owner’s PIN is set', async () => {
    const fresh = openTestTill()
    try {
      expect(await fresh.ok('staff.session')).toMatchObject({ locked: false, pinless: true, staff: { id: 'owner', roleId: 'owner' } })
      expect(await fresh.window(9).ok('staff.session')).toMatchObject({ locked: false, pinless: true })
      expect(await fresh.call('staff.create', { name: 'Early Cashier', roleId: 'cashier', pin: '4826' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' }
      })
      expect(await fresh.ok('staff.setupOwner', { name: 'Olive Owner', pin: TEST_OWNER_PIN })).toMatchObject({
        locked: false,
        pinless: false,
        staff: { name: 'Olive Owner' }
      })
      expect(await fresh.window(9).call('catalog.isEmpty')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
      expect(await fresh.call('staff.setupOwner', { name: 'Someone Else', pin: '8264' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    } finally {
      await fresh.cleanup()
    }
  })
})

describe('new PINs', () => {
  tillPerDescribe()
  it.each(['0000', '1111', '1234', '4321', '123456', '1212', '12', '123456789', '12a4'])(
    'refuses %s as a new PIN with a reason, writing nothing',
    async (pin) => {
      const before = await checksumDatabase(till)
      const result = await till.call('staff.resetPin', { staffId: cashierId, pin })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      if (!result.ok) expect(result.error.message).not.toContain(pin)
      expect(await checksumDatabase(till)).toBe(before)
    }
  )
})

describe('discounts above the role’s limit', () => {
  tillPerTest()
  it('are refused to a cashier beyond 10% unless a manager approves, and nothing changes', async () => {
    const product = await till.ok('catalog.createProduct', simpleProduct('Kettle', { sku: 'KETTLE', price: 5000, stock: 3 }))
    let cart = await cashier.ok('cart.current')
    cart = await cashier.ok('cart.addLine', { cartId: cart.id, variantId: product.variants[0]!.id, quantity: 1 })
    const lineId = cart.lines[0]!.id
    expect((await cashier.ok('cart.setLineDiscount', { cartId: cart.id, lineId, discount: { kind: 'percent', value: 1000 } })).lines[0]!.lineDiscount).toBe(500)
    const before = await checksumDatabase(till, { withoutJournal: true })
    expect(await cashier.call('cart.setLineDiscount', { cartId: cart.id, lineId, discount: { kind: 'amount', value: 501 } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { permission: 'cart.discountOverLimit' } }
    })
    expect(await cashier.call('cart.setOrderDiscount', { cartId: cart.id, discount: { kind: 'percent', value: 2000 } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(await checksumDatabase(till, { withoutJournal: true })).toBe(before)
    const approved = await cashier
      .approved({ staffId: managerId, pin: MANAGER_PIN })
      .ok('cart.setLineDiscount', { cartId: cart.id, lineId, discount: { kind: 'percent', value: 5000 } })
    expect(approved.lines[0]!.lineDiscount).toBe(2500)
  })
})

describe('receipts', () => {
  tillPerTest()
  it('say who served, from the order’s staff member, unless the shop turns it off', async () => {
    const { loadPrintableOrder } = await import('../../src/main/print/load-printable-order')
    const { renderOrderHtml } = await import('../../src/main/print/render-documents')
    const product = await till.ok('catalog.createProduct', simpleProduct('Cup', { sku: 'CUP', price: 800, stock: 4 }))
    let cart = await cashier.ok('cart.current')
    cart = await cashier.ok('cart.addLine', { cartId: cart.id, variantId: product.variants[0]!.id, quantity: 1 })
    const order = await cashier.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
    const printable = await loadPrintableOrder(till.context.db, order.id)
    expect(printable.servedBy).toBe('Cara Cashier')
    expect(await renderOrderHtml(printable, 'receipt', '80mm', false)).toContain('Served by Cara Cashier')
    await till.ok('settings.update', { receiptServedBy: false })
    expect((await loadPrintableOrder(till.context.db, order.id)).servedBy).toBeNull()
  })
})
