import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installCustomerDisplay, type After, type CustomerDisplay } from '../../src/main/display/customer-display-service'
import type { CustomerDisplayState } from '../../src/shared/customer-display'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'

let till: TestTill
let display: CustomerDisplay
let tea: SeededVariant
let mug: SeededVariant
let shown: CustomerDisplayState[]
/** The pending "back to the welcome" of the display under test, run by hand. */
let timers: Array<{ ms: number; work: () => void; cancelled: boolean }>
let failures: string[]

const after: After = (ms, work) => {
  const timer = { ms, work, cancelled: false }
  timers.push(timer)
  return () => {
    timer.cancelled = true
  }
}

async function runDueTimers(): Promise<void> {
  for (const timer of timers.splice(0)) if (!timer.cancelled) timer.work()
  await display.settled()
}

beforeEach(async () => {
  till = openTestTill()
  timers = []
  failures = []
  await till.ok('settings.update', { shopName: 'Corner Shop', taxMode: 'exclusive' })
  ;[tea, mug] = (await seedProducts(till.context, [
    { name: 'Green Tea', price: 450, stock: 20, taxRateBp: 1000 },
    { name: 'Blue Mug', price: 1200, stock: 5, taxRateBp: 2000 }
  ])) as [SeededVariant, SeededVariant]
  // The till's own display publishes too; this one has hand-run timers and is the one followed.
  display = installCustomerDisplay(till.context, { after, thanksMs: 30_000, logError: (where, error) => failures.push(`${where}: ${String(error)}`) })
  shown = []
  till.context.bus.subscribe((name, payload) => {
    if (name === 'display.changed') shown.push((payload as { state: CustomerDisplayState }).state)
  })
})
afterEach(async () => {
  display.stop()
  await display.settled()
  await till.cleanup()
  expect(failures).toEqual([])
  expect(till.logged).toEqual([])
})

/** The screens published, in order (the till's own display publishes each state too: one of each run). */
function screens(): string[] {
  const texts = shown.map((state) => JSON.stringify(state))
  return shown.filter((_, index) => texts[index] !== texts[index - 1]).map((state) => state.screen)
}

describe('the customer display follows the till', () => {
  it('publishes nothing while this till has no customer display', async () => {
    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
    await display.settled()
    expect(shown).toEqual([])
    // Read once as a window opens, it still answers what a display would show.
    expect(await till.ok('display.current')).toMatchObject({ screen: 'sale', total: 495 })
  })

  it('follows a sale: the welcome, each line, the paid sale and its change, then the welcome again', async () => {
    expect(await display.isOn()).toBe(false)
    await till.ok('settings.updateTill', { customerDisplay: true })
    expect(await display.isOn()).toBe(true)
    await display.settled()
    expect(await display.current()).toEqual({ screen: 'idle', shopName: 'Corner Shop', currency: 'USD', locale: 'en-US', currencyDigits: 2, language: 'en' })

    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
    await display.settled()
    expect(await display.current()).toMatchObject({ screen: 'sale', itemCount: 1, total: 495, lines: [{ name: 'Green Tea', amount: 450 }] })

    const withMug = await till.ok('cart.addLine', { cartId: cart.id, variantId: mug.variantId })
    await display.settled()
    const mugLine = withMug.lines.find((line) => line.variantId === mug.variantId)!
    expect(await display.current()).toMatchObject({ screen: 'sale', itemCount: 2, total: 1935, latestLineId: mugLine.id, taxTotal: 285 })
    expect(await till.ok('display.current')).toEqual(await display.current())

    await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 1935, tendered: 2000 }] })
    await display.settled()
    expect(await display.current()).toMatchObject({ screen: 'paid', total: 1935, change: 65, payments: [{ method: 'cash', amount: 1935, tendered: 2000 }] })
    // The new empty cart the till opens next does not hide the change.
    await till.ok('cart.current')
    await display.settled()
    expect((await display.current()).screen).toBe('paid')

    expect(timers.map((timer) => timer.ms)).toEqual([30_000])
    await runDueTimers()
    expect(await display.current()).toMatchObject({ screen: 'idle', shopName: 'Corner Shop' })
    // A checkout is one change (sale to paid), never a flash of the welcome in between.
    expect(screens()).toEqual(['idle', 'sale', 'sale', 'paid', 'idle'])
  })

  it('starts the next sale at once when a line is added while the change is up', async () => {
    await till.ok('settings.updateTill', { customerDisplay: true })
    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
    await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 495, tendered: 500 }] })
    await display.settled()
    const next = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: next.id, variantId: mug.variantId })
    await display.settled()
    expect(await display.current()).toMatchObject({ screen: 'sale', itemCount: 1, total: 1440 })
    await runDueTimers()
    expect((await display.current()).screen).toBe('sale')
  })

  it('shows the welcome when the sale is parked or discarded, and the new shop name at once', async () => {
    await till.ok('settings.updateTill', { customerDisplay: true })
    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea.variantId })
    await till.ok('cart.park', { cartId: cart.id, label: 'Back soon' })
    await display.settled()
    expect((await display.current()).screen).toBe('idle')
    await till.ok('cart.resume', { cartId: cart.id })
    await display.settled()
    expect((await display.current()).screen).toBe('sale')
    await till.ok('cart.discard', { cartId: cart.id })
    await display.settled()
    expect((await display.current()).screen).toBe('idle')
    await till.ok('settings.update', { shopName: 'Corner Shop & Café' })
    await display.settled()
    expect(await display.current()).toMatchObject({ screen: 'idle', shopName: 'Corner Shop & Café' })
    expect(timers).toEqual([])
  })

  it('refuses a display.current with input and a till setting that is not on or off, writing nothing', async () => {
    const before = await snapshotDatabase(till)
    const withInput = await till.call('display.current', { cartId: 1 } as never)
    expect(withInput).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const notBoolean = await till.call('settings.updateTill', { customerDisplay: 'yes' } as never)
    expect(notBoolean).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})
