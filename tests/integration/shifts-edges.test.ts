import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter, snapshotSales } from '../support/sales'
import { decodeEscPos } from '../support/escpos-decode'
import { startFakeThermalPrinter } from '../support/fake-thermal-printer'

let till: TestTill
let tea: SeededVariant

beforeEach(async () => {
  till = openTestTill()
  tea = (await seedProducts(till.context, [{ name: 'Tea', price: 455, stock: 1000, taxRateBp: 1000 }]))[0]!
})
afterEach(() => till.cleanup())

/** Anything that is not a whole number from 0 to a million, as JSON or a careless renderer could send it. */
const badQuantity = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ noInteger: true, noDefaultInfinity: false }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1_000_001, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom('1', '', null, true, [], {})
)
const badTotal = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ noInteger: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1_000_000_000_001, '100', null)
)
/** Counts refused as a whole: a bad quantity or total, both ways at once, neither, nothing counted, a value twice. */
const badCount = fc.oneof(
  badQuantity.map((quantity) => ({ denominations: [{ value: 1000, quantity }] })),
  badTotal.map((total) => ({ total })),
  fc.constant({ total: 100, denominations: [{ value: 1000, quantity: 1 }] }),
  fc.constant({}),
  fc.constant({ denominations: [] }),
  fc.constant({
    denominations: [
      { value: 1000, quantity: 1 },
      { value: 1000, quantity: 2 }
    ]
  }),
  fc.constant({ denominations: [{ value: 3, quantity: 1 }] }),
  fc.constant({ total: 100, extra: 1 })
)

describe('a count at the IPC boundary', () => {
  it('is refused as VALIDATION, writing nothing, for any bad float, count or recount', async () => {
    const opening = await snapshotDatabase(till)
    await fc.assert(
      fc.asyncProperty(badCount, async (count) => {
        const refused = await till.call('shifts.open', { float: count } as never)
        expect(refused.ok || refused.error.code).toBe('VALIDATION')
        expect(await snapshotDatabase(till)).toEqual(opening)
      }),
      { numRuns: 60 }
    )
    await till.ok('shifts.open', { float: { total: 10_00 } })
    await till.ok('shifts.count', { count: { total: 10_00 } })
    const counted = await snapshotDatabase(till)
    await fc.assert(
      fc.asyncProperty(badCount, fc.constantFrom('shifts.count', 'shifts.recount') as fc.Arbitrary<'shifts.count'>, async (count, channel) => {
        const refused = await till.call(channel, { count } as never)
        expect(refused.ok || refused.error.code).toBe('VALIDATION')
        expect(await snapshotDatabase(till)).toEqual(counted)
      }),
      { numRuns: 60 }
    )
  })
})

describe('with no shift open', () => {
  it('refuses a paid in, a paid out, a no sale, a count, a close and an X report with SHIFT_NOT_OPEN, writing nothing', async () => {
    await till.ok('shifts.open', { float: { total: 0 } })
    await till.ok('shifts.count', { count: { total: 0 } })
    await till.ok('shifts.close', {})
    const before = await snapshotDatabase(till)
    const calls = [
      till.call('shifts.payInOut', { kind: 'paid_in', amount: 500, reason: 'Bank' }),
      till.call('shifts.payInOut', { kind: 'paid_out', amount: 500, reason: 'Supplier', drawerShortConfirmed: true }),
      till.call('shifts.noSale', {}),
      till.call('shifts.count', { count: { total: 0 } }),
      till.call('shifts.recount', { count: { total: 0 } }),
      till.call('shifts.close', {}),
      till.call('shifts.xReport')
    ]
    for (const refused of await Promise.all(calls)) expect(refused.ok || refused.error.code).toBe('SHIFT_NOT_OPEN')
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

describe('a close racing a sale', () => {
  it.each([
    ['the sale asked first', true],
    ['the close asked first', false]
  ])('puts the sale in the closed shift or refuses it, never in neither (%s)', async (_name, saleFirst) => {
    const other = till.window(2)
    await till.ok('shifts.open', { float: { total: 0 } })
    await till.ok('shifts.count', { count: { total: 0 } })
    const cart = await cartWith(till, [{ variantId: tea.variantId }])
    const before = await snapshotSales(till)
    const sale = () => till.call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
    const close = () => other.call('shifts.close', { reason: 'race', keepOpenCarts: true })
    const [sold, closed] = saleFirst ? await Promise.all([sale(), close()]) : await Promise.all([close(), sale()]).then(([z, order]) => [order, z] as const)
    if (!closed.ok) throw new Error(`the close was refused: ${closed.error.code}`)
    const z = closed.data
    if (sold.ok) {
      const order = await till.context.db.selectFrom('orders').select(['shift_id', 'number']).where('id', '=', sold.data.id).executeTakeFirstOrThrow()
      expect(order.shift_id).toBe(z.shiftId)
      expect(z).toMatchObject({ salesCount: 1, firstOrderNumber: order.number, cash: { cashSales: cart.totals.total } })
    } else {
      expect(sold.error.code).toBe('SHIFT_NOT_OPEN')
      const after = await snapshotSales(till)
      expect(after.orders).toEqual(before.orders)
      expect(after.payments).toEqual(before.payments)
      expect(z.salesCount).toBe(0)
    }
  })
})

describe('a paid in, a paid out and a no sale on a network receipt printer', () => {
  it('each opens the drawer and prints its slip: what, how much, why and who', async () => {
    const printer = await startFakeThermalPrinter()
    try {
      await till.ok('print.updateSettings', { printerKind: 'network', networkHost: '127.0.0.1', networkPort: printer.port, paper: '80mm', codePage: 'cp858' })
      await till.ok('shifts.open', { float: { total: 50_00 } })
      const paidOut = await till.ok('shifts.payInOut', { kind: 'paid_out', amount: 12_50, reason: 'Milk from the corner shop' })
      await till.ok('shifts.payInOut', { kind: 'paid_in', amount: 20_00, reason: 'Change from the bank' })
      await till.ok('shifts.noSale', { reason: 'Change for a customer' })
      expect(paidOut.printProblem).toBeNull()
      const jobs = (await printer.waitForJobs(6)).map(decodeEscPos)
      expect(jobs.map((job) => job.drawerKicks)).toEqual([1, 0, 1, 0, 1, 0])
      const slips = jobs.filter((_, index) => index % 2 === 1).map((job) => job.lines.join('\n'))
      expect(slips[0]).toMatch(/PAID OUT\s+\$12\.50/)
      expect(slips[0]).toContain('Milk from the corner shop')
      expect(slips[0]).toContain(paidOut.by.name)
      expect(slips[1]).toMatch(/PAID IN\s+\$20\.00/)
      expect(slips[2]).toContain('NO SALE')
      expect(slips[2]).toContain('Change for a customer')
    } finally {
      await till.services.printing.stop()
      await printer.close()
    }
  })
})

describe('a paid out with the network printer switched off', () => {
  it('is recorded once and answered, saying what the printer did not do', async () => {
    const gone = await startFakeThermalPrinter()
    await gone.close()
    await till.ok('print.updateSettings', { printerKind: 'network', networkHost: '127.0.0.1', networkPort: gone.port, paper: '80mm', codePage: 'cp858' })
    await till.ok('shifts.open', { float: { total: 50_00 } })
    const paid = await till.ok('shifts.payInOut', { kind: 'paid_out', amount: 5_00, reason: 'Window cleaner' })
    expect(paid.printProblem).toEqual(expect.any(String))
    expect((await till.ok('shifts.noSale', {})).printProblem).toEqual(expect.any(String))
    const movements = await till.context.db.selectFrom('shift_cash_movements').select(['kind', 'amount']).orderBy('id').execute()
    expect(movements).toEqual([
      { kind: 'paid_out', amount: 5_00 },
      { kind: 'no_sale', amount: 0 }
    ])
    expect((await till.ok('shifts.xReport')).cash).toMatchObject({ paidOut: 5_00, expected: 45_00 })
  })
})

describe('a close taken up again after the count', () => {
  it('finds the last count in shifts.state, set against the cash expected now, exactly as the close will say', async () => {
    await till.ok('shifts.open', { float: { total: 100_00 } })
    expect((await till.ok('shifts.state')).lastCount).toBeNull()
    await till.ok('shifts.count', { count: { denominations: [{ value: 5000, quantity: 2 }] } })
    expect((await till.ok('shifts.state')).lastCount).toEqual({
      attempt: 1,
      counted: { total: 100_00, denominations: [[5000, 2]] },
      expected: 100_00,
      overShort: 0,
      reasonRequired: false
    })
    // A sale after the count: the drawer should now hold more than was counted.
    await sellAtCounter(till, [{ variantId: tea.variantId }])
    const again = (await till.ok('shifts.state')).lastCount
    expect(again).toMatchObject({ attempt: 1, expected: 100_00 + 501, overShort: -501, reasonRequired: true })
    const refused = await till.call('shifts.close', {})
    expect(refused.ok || refused.error.code).toBe('SHIFT_REASON_REQUIRED')
    const z = await till.ok('shifts.close', { reason: 'A sale after the count' })
    expect(z.overShort).toBe(again!.overShort)
    expect(await till.ok('shifts.state')).toMatchObject({ open: null, lastCount: null, lastZ: 1 })
  })
})
