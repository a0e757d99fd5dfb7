import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checksumDatabase, openTestTill, type TestTill, type TillWindow } from '../support/test-till'
import { simpleProduct } from '../support/catalog-fixtures'
import { quickPinHash } from '../support/staff'

let till: TestTill
let counter: TillWindow
let cashierId: string
let managerId: string
let tea: number
let coffee: number
const CASHIER_PIN = '4826'
const MANAGER_PIN = '7391'

beforeEach(async () => {
  till = openTestTill({ staff: { hashPin: quickPinHash } })
  cashierId = await till.addStaff('Cara Cashier', 'cashier', CASHIER_PIN)
  managerId = await till.addStaff('Max Manager', 'manager', MANAGER_PIN)
  tea = (await till.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', price: 300, stock: 9 }))).variants[0]!.id
  coffee = (await till.ok('catalog.createProduct', simpleProduct('Coffee', { sku: 'COF', price: 450, stock: 9 }))).variants[0]!.id
  await till.ok('settings.update', { cartsPerPerson: true })
  counter = till.window(2)
})
afterEach(() => till.cleanup())

async function ringUp(variantId: number, quantity: number): Promise<number> {
  const cart = await counter.ok('cart.current')
  await counter.ok('cart.addLine', { cartId: cart.id, variantId, quantity })
  return cart.id
}
const linesOf = async () => (await counter.ok('cart.current')).lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity }))
const heldCarts = () => till.sqlite.prepare('SELECT id, status, held_for, label FROM carts WHERE held_for IS NOT NULL ORDER BY id').all()

describe('carts per person', () => {
  it('sets each person’s cart aside at a lock and brings it back at their unlock, whoever worked the till between', async () => {
    await counter.unlock(cashierId, CASHIER_PIN)
    const cashierCart = await ringUp(tea, 2)
    await counter.ok('staff.lock')
    expect(heldCarts()).toEqual([{ id: cashierCart, status: 'parked', held_for: cashierId, label: '' }])

    await counter.unlock(managerId, MANAGER_PIN)
    expect(await linesOf()).toEqual([])
    const managerCart = await ringUp(coffee, 1)
    expect(managerCart).not.toBe(cashierCart)
    await counter.ok('staff.lock')

    await counter.unlock(cashierId, CASHIER_PIN)
    expect((await counter.ok('cart.current')).id).toBe(cashierCart)
    expect(await linesOf()).toEqual([{ variantId: tea, quantity: 2 }])
    expect(heldCarts()).toEqual([{ id: managerCart, status: 'parked', held_for: managerId, label: '' }])
    await counter.ok('staff.lock')

    await counter.unlock(managerId, MANAGER_PIN)
    expect(await linesOf()).toEqual([{ variantId: coffee, quantity: 1 }])
  })

  it('keeps a held cart off the parked list and refuses to resume it for anyone else, writing nothing', async () => {
    await counter.unlock(cashierId, CASHIER_PIN)
    const cashierCart = await ringUp(tea, 1)
    await counter.ok('staff.lock')
    await counter.unlock(managerId, MANAGER_PIN)
    await counter.ok('cart.current')
    expect((await counter.ok('cart.parked', { limit: 20 })).carts).toEqual([])
    const before = await checksumDatabase(till, { withoutJournal: true })
    expect(await counter.call('cart.resume', { cartId: cashierCart })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { heldFor: cashierId } }
    })
    expect(await checksumDatabase(till, { withoutJournal: true })).toBe(before)
  })

  it('lets a held cart wait while the till’s cart has lines, and holds no second cart for the same person', async () => {
    await counter.unlock(cashierId, CASHIER_PIN)
    const first = await ringUp(tea, 1)
    await counter.ok('staff.lock')
    // A cart rung up while the setting was off is the till's: the cashier unlocks onto it.
    await till.ok('settings.update', { cartsPerPerson: false })
    await counter.unlock(managerId, MANAGER_PIN)
    await ringUp(coffee, 3)
    await counter.ok('staff.lock')
    await till.ok('settings.update', { cartsPerPerson: true })
    await counter.unlock(cashierId, CASHIER_PIN)
    expect(await linesOf()).toEqual([{ variantId: coffee, quantity: 3 }])
    await counter.ok('staff.lock')
    expect(heldCarts()).toEqual([{ id: first, status: 'parked', held_for: cashierId, label: '' }])
    expect(await linesOf().catch(() => 'locked')).toBe('locked')
    await counter.unlock(managerId, MANAGER_PIN)
    expect(await linesOf()).toEqual([{ variantId: coffee, quantity: 3 }])
  })

  it('brings a held cart back after the shop turns the setting off, and then keeps the cart the till’s', async () => {
    await counter.unlock(cashierId, CASHIER_PIN)
    const held = await ringUp(tea, 2)
    await counter.ok('staff.lock')
    await till.ok('settings.update', { cartsPerPerson: false })
    await counter.unlock(cashierId, CASHIER_PIN)
    expect((await counter.ok('cart.current')).id).toBe(held)
    await counter.ok('staff.lock')
    expect(heldCarts()).toEqual([])
    await counter.unlock(managerId, MANAGER_PIN)
    expect(await linesOf()).toEqual([{ variantId: tea, quantity: 2 }])
  })

  it('puts the cart of someone deactivated on the parked list under their name', async () => {
    await counter.unlock(cashierId, CASHIER_PIN)
    const held = await ringUp(tea, 1)
    await counter.ok('staff.lock')
    await till.ok('staff.update', { staffId: cashierId, active: false })
    expect(heldCarts()).toEqual([])
    await counter.unlock(managerId, MANAGER_PIN)
    expect((await counter.ok('cart.parked', { limit: 20 })).carts).toMatchObject([{ id: held, label: 'Cara Cashier', itemCount: 1 }])
  })

  it('writes nothing at a lock or an unlock when there is nothing to set aside or bring back', async () => {
    await counter.unlock(cashierId, CASHIER_PIN)
    await counter.ok('cart.current')
    const last = till.sqlite.prepare('SELECT max(seq) FROM journal').pluck().get() as number
    await counter.ok('staff.lock')
    await counter.unlock(managerId, MANAGER_PIN)
    expect(heldCarts()).toEqual([])
    // Only the record of who opened the till, as with the setting off: no command ran.
    expect(till.sqlite.prepare('SELECT command FROM journal WHERE seq > ?').pluck().all(last)).toEqual(['staff.unlock'])
  })
})
