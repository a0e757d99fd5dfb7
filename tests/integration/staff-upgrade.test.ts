import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openTestTill, TEST_OWNER_PIN, type TestTill } from '../support/test-till'
import { simpleProduct } from '../support/catalog-fixtures'
import { sellAtCounter } from '../support/sales'
import { quickPinHash } from '../support/staff'
import { SET_UP_SHOP, writeOlderTill } from '../support/older-till'

const dirs: string[] = []
const tills: TestTill[] = []
afterEach(async () => {
  for (const till of tills.splice(0)) await till.cleanup()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-upgrade-'))
  dirs.push(dir)
  return dir
}

/** Starts the till in `dir` (as the app does at each start) and closes it when the test ends. */
function start(dir: string): TestTill {
  const till = openTestTill({ dir, staff: { hashPin: quickPinHash } })
  tills.push(till)
  return till
}

/** Closes a till as the app does when the shopkeeper quits; the next `start` is the next start. */
async function quit(till: TestTill): Promise<void> {
  tills.splice(tills.indexOf(till), 1)
  await till.cleanup()
}

const pinPrompt = (till: TestTill) => till.sqlite.prepare('SELECT id, pin_prompt FROM staff ORDER BY id').all()

describe('a till set up before staff accounts', () => {
  it('gets an owner without a PIN, works as before, and asks for the owner’s PIN at every start until it is set', async () => {
    const dir = folder()
    writeOlderTill(dir, 9, SET_UP_SHOP)
    let till = start(dir)
    expect(await till.ok('staff.session')).toMatchObject({ locked: false, pinless: true, ownerPinPrompt: true, staff: { id: 'owner', roleId: 'owner' } })
    // Until then it works as today: any window acts as the owner.
    const product = await till.window(5).ok('catalog.createProduct', simpleProduct('Coffee bag', { sku: 'BAG', price: 1200, stock: 5 }))
    const order = await sellAtCounter(till, [{ variantId: product.variants[0]!.id }])
    expect(order.createdBy).toBe('owner')

    await quit(till)
    till = start(dir)
    expect(await till.ok('staff.session')).toMatchObject({ pinless: true, ownerPinPrompt: true })

    expect(await till.ok('staff.setupOwner', { name: 'Olive Owner', pin: TEST_OWNER_PIN })).toMatchObject({
      locked: false,
      pinless: false,
      ownerPinPrompt: false,
      staff: { id: 'owner', name: 'Olive Owner' }
    })
    expect(pinPrompt(till)).toEqual([{ id: 'owner', pin_prompt: 0 }])
    await quit(till)
    till = start(dir)
    expect(await till.ok('staff.session')).toMatchObject({ locked: true, pinless: false, ownerPinPrompt: false })
    expect(await till.call('catalog.isEmpty')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
  })

  it('stops asking after “Not now” and keeps working as before, the PIN still to be set from the nav', async () => {
    const dir = folder()
    writeOlderTill(dir, 9, SET_UP_SHOP)
    let till = start(dir)
    const events = till.recordEvents()
    expect(await till.ok('staff.dismissPinPrompt')).toMatchObject({ locked: false, pinless: true, ownerPinPrompt: false })
    expect(events).toContainEqual({ name: 'staff.changed', payload: { staffIds: ['owner'] } })
    // Answered once: a second "Not now" changes nothing and announces nothing.
    events.length = 0
    expect(await till.ok('staff.dismissPinPrompt')).toMatchObject({ ownerPinPrompt: false })
    expect(events.filter((event) => event.name === 'staff.changed')).toEqual([])

    await quit(till)
    till = start(dir)
    expect(await till.window(4).ok('staff.session')).toMatchObject({ locked: false, pinless: true, ownerPinPrompt: false })
    expect(await till.ok('catalog.isEmpty')).toBe(true)
    expect(await till.ok('staff.setupOwner', { name: 'Olive Owner', pin: TEST_OWNER_PIN })).toMatchObject({ pinless: false })
  })
})

describe('who migration 30 asks', () => {
  it('asks no new till: its first run asks for the PIN instead', async () => {
    const till = start(folder())
    expect(await till.ok('staff.session')).toMatchObject({ pinless: true, ownerPinPrompt: false })
  })

  it('asks no till still before its first run, even one from before staff accounts', async () => {
    const dir = folder()
    writeOlderTill(dir, 9, `INSERT INTO settings (key, value, updated_at) VALUES ('shop', '{"shopName":"Corner Shop","setupComplete":false}', 1)`)
    expect(await start(dir).ok('staff.session')).toMatchObject({ pinless: true, ownerPinPrompt: false })
  })

  it('asks a set-up till of the last version whose owner never set a PIN', async () => {
    const dir = folder()
    writeOlderTill(dir, 30, SET_UP_SHOP)
    expect(await start(dir).ok('staff.session')).toMatchObject({ pinless: true, ownerPinPrompt: true })
  })

  it('asks no till where someone already has a PIN', async () => {
    const dir = folder()
    writeOlderTill(dir, 30, `${SET_UP_SHOP}; UPDATE staff SET pin_hash = zeroblob(32), pin_salt = zeroblob(16) WHERE id = 'owner'`)
    const till = start(dir)
    expect(await till.ok('staff.session')).toMatchObject({ locked: true, pinless: false, ownerPinPrompt: false })
    expect(pinPrompt(till)).toEqual([{ id: 'owner', pin_prompt: 0 }])
  })
})
