import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyJournalArchive } from '../../src/main/journal/journal-archive'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { sellAtCounter, takePickup } from '../support/sales'

let till: TestTill
let variants: SeededVariant[]
beforeEach(async () => {
  till = openTestTill()
  variants = await seedProducts(till.context, [
    { name: 'Oat milk', price: 180, stock: 500, taxRateBp: 700 },
    { name: 'Espresso beans', price: 1250, stock: 500, taxRateBp: 1900 },
    { name: 'Mug', price: 900, stock: 500, taxRateBp: 1900 }
  ])
})
afterEach(() => till.cleanup())

const raw = (text: string, ...values: unknown[]) => till.sqlite.prepare(text).run(...values)
const dropTriggers = () => {
  for (const name of ['journal_no_update', 'journal_no_delete', 'journal_orders_no_update', 'journal_orders_no_delete']) raw(`DROP TRIGGER ${name}`)
}

async function aDay(): Promise<void> {
  const sale = await sellAtCounter(till, [{ variantId: variants[0]!.variantId, quantity: 3 }, { variantId: variants[1]!.variantId }])
  await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: sale.lines[0]!.id, quantity: 2 }] })
  const pickup = await takePickup(till, [{ variantId: variants[2]!.variantId }])
  await till.ok('orders.cancel', { orderId: pickup.id })
  await till.ok('stock.adjust', { variantId: variants[2]!.variantId, delta: -1, reason: 'damaged', note: '' })
  await till.ok('settings.update', { shopName: 'Corner Shop' })
}

describe('the journal', () => {
  it('starts with a genesis entry and writes one linked entry per command that changed something', async () => {
    const before = till.sqlite.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }
    await till.ok('orders.list', {})
    expect(till.sqlite.prepare('SELECT count(*) AS n FROM journal').get()).toEqual(before)
    await aDay()
    const rows = till.sqlite.prepare('SELECT seq, command, staff_id, prev_hash, hash FROM journal ORDER BY seq').all() as Array<{
      seq: number
      command: string
      prev_hash: string
      hash: string
    }>
    expect(rows[0]!.command).toBe('journal.genesis')
    expect(rows.map((row) => row.command)).toEqual(
      expect.arrayContaining(['cart.checkout', 'orders.return', 'orders.cancel', 'stock.adjust', 'settings.update'])
    )
    rows.forEach((row, index) => {
      expect(row.seq).toBe(index + 1)
      if (index > 0) expect(row.prev_hash).toBe(rows[index - 1]!.hash)
    })
    expect(await till.ok('journal.verify')).toMatchObject({ intact: true, entries: rows.length })
  })

  it('keeps with a sale the stock it left of each variant sold, in id order', async () => {
    await sellAtCounter(till, [{ variantId: variants[1]!.variantId, quantity: 2 }, { variantId: variants[0]!.variantId }])
    const { body } = till.sqlite.prepare(`SELECT body FROM journal WHERE command = 'cart.checkout' ORDER BY seq DESC LIMIT 1`).get() as { body: string }
    const stored = till.sqlite
      .prepare('SELECT id AS variant, stock FROM variants WHERE id IN (?, ?) ORDER BY id')
      .all(variants[0]!.variantId, variants[1]!.variantId)
    expect((JSON.parse(body) as { stock: unknown }).stock).toEqual(stored)
    expect(stored).toEqual(expect.arrayContaining([{ variant: variants[1]!.variantId, stock: 498 }]))
  })

  it('refuses UPDATE and DELETE of its rows', () => {
    expect(() => raw("UPDATE journal SET command = 'x' WHERE seq = 1")).toThrow(/append-only/)
    expect(() => raw('DELETE FROM journal WHERE seq = 1')).toThrow(/append-only/)
  })

  it('reads entries in words and filters them by order, staff and command', async () => {
    await aDay()
    const sale = (await till.ok('orders.list', {})).orders.find((row) => row.kind === 'counter')!
    const forOrder = await till.ok('journal.list', { orderId: sale.id })
    expect(forOrder.entries.map((entry) => entry.command)).toEqual(['orders.return', 'cart.checkout'])
    expect(forOrder.entries[0]!.words).toBe(`Owner returned 2 × Oat milk on order ${sale.number}`)
    const returns = await till.ok('journal.list', { command: 'orders.return' })
    expect(returns.entries).toHaveLength(1)
    const paged = await till.ok('journal.list', { limit: 2 })
    expect(paged.entries).toHaveLength(2)
    const next = await till.ok('journal.list', { limit: 2, before: paged.next! })
    expect(next.entries[0]!.seq).toBeLessThan(paged.entries[1]!.seq)
  })
})

describe('refusals that matter', () => {
  it('each write an entry of their own: a cashier refused a refund, a wrong PIN, a lockout; never the PIN', async () => {
    const sale = await sellAtCounter(till, [{ variantId: variants[0]!.variantId }])
    const cashierId = await till.addStaff('Cass Cashier', 'cashier', '4826')
    const counter = till.window(2)
    await counter.unlock(cashierId, '4826')
    const refused = await counter.call('orders.return', { orderId: sale.id, lines: [{ orderLineId: sale.lines[0]!.id, quantity: 1 }] })
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    for (let attempt = 0; attempt < 5; attempt++) await till.window(3).call('staff.unlock', { staffId: cashierId, pin: '9137' })
    const entries = (await till.ok('journal.list', {})).entries
    const refusals = entries.filter((entry) => entry.words.includes('was refused'))
    expect(refusals[refusals.length - 1]).toMatchObject({ command: 'orders.return', staff: { id: cashierId, name: 'Cass Cashier' } })
    expect(refusals[refusals.length - 1]!.words).toMatch(/^Cass Cashier was refused orders\.return: Cass Cashier may not do this/)
    expect(refusals.filter((entry) => entry.command === 'staff.unlock')).toHaveLength(5)
    expect(refusals[0]!.words).toMatch(/Too many wrong PINs/)
    const bodies = till.sqlite.prepare('SELECT body FROM journal').all() as Array<{ body: string }>
    expect(bodies.some((row) => row.body.includes('9137') || row.body.includes('4826'))).toBe(false)
    expect(await till.ok('journal.verify')).toMatchObject({ intact: true })
  })
})

describe('the sales chain', () => {
  it('links each sale once it is paid in full, and finds a link rewritten or removed', async () => {
    await sellAtCounter(till, [{ variantId: variants[0]!.variantId }])
    const pickup = await takePickup(till, [{ variantId: variants[1]!.variantId }])
    const links = () => till.sqlite.prepare('SELECT kind, ref_id FROM sales_chain ORDER BY seq').all()
    expect(links()).toHaveLength(1)
    await till.ok('orders.pay', { orderId: pickup.id, payments: [{ method: 'card', amount: pickup.total, reference: 'T9' }] })
    await till.ok('orders.setStatus', { orderId: pickup.id, status: 'confirmed' })
    expect(links()).toEqual([
      { kind: 'order', ref_id: 1 },
      { kind: 'order', ref_id: pickup.id }
    ])
    const verdict = await till.ok('journal.verify')
    expect(verdict).toMatchObject({ intact: true, sales: 2 })
    const body = JSON.parse((till.sqlite.prepare('SELECT body FROM sales_chain WHERE seq = 2').get() as { body: string }).body) as {
      taxByRate: unknown[]
      payments: unknown[]
    }
    // The test till adds tax to its prices: 12.50 + 19% = 14.88.
    expect(body.taxByRate).toEqual([{ rateBp: 1900, net: 1250, tax: 238, gross: 1488 }])
    expect(body.payments).toEqual([{ method: 'card', amount: 1488, tendered: null, change: null }])

    raw('DROP TRIGGER sales_chain_no_update')
    raw("UPDATE sales_chain SET body = replace(body, '1488', '1388') WHERE seq = 2")
    expect(await till.ok('journal.verify')).toMatchObject({
      intact: false,
      problem: { kind: 'sales-chain', message: expect.stringMatching(/was changed after it was written/) }
    })
  })
})

describe('the Z report', () => {
  it('joins the sales chain at close, after the sales of its shift, and an edit of a stored Z is found', async () => {
    await till.ok('shifts.open', { float: { total: 5000 } })
    await sellAtCounter(till, [{ variantId: variants[0]!.variantId }], (total) => [{ method: 'cash', amount: total, tendered: total }])
    await till.ok('shifts.count', { count: { total: 5000 + 193 } })
    const z = await till.ok('shifts.close', {})
    const links = till.sqlite.prepare('SELECT kind, ref_id FROM sales_chain ORDER BY seq').all()
    expect(links).toEqual([
      { kind: 'order', ref_id: 1 },
      { kind: 'z', ref_id: z.number }
    ])
    expect(await till.ok('journal.verify')).toMatchObject({ intact: true, sales: 2 })
    const closeEntry = (await till.ok('journal.list', { command: 'shifts.close' })).entries[0]!
    const body = JSON.parse((await till.ok('journal.get', { seq: closeEntry.seq })).body) as { zReports: Array<{ number: number }> }
    expect(body.zReports.map((report) => report.number)).toEqual([z.number])
    raw('DROP TRIGGER z_reports_never_updated')
    raw('UPDATE z_reports SET counted_cash = counted_cash + 1000, over_short = over_short + 1000')
    expect(await till.ok('journal.verify')).toMatchObject({
      intact: false,
      problem: { kind: 'sales-chain', message: `The stored Z report ${z.number} no longer has the figures it was chained with.` }
    })
  })
})

describe('a till upgraded with history', () => {
  it('starts its chain with a genesis entry summarizing the orders it had, and still finds one of them deleted', async () => {
    const sale = await sellAtCounter(till, [{ variantId: variants[0]!.variantId, quantity: 2 }])
    await sellAtCounter(till, [{ variantId: variants[1]!.variantId }])
    // As before the journal existed: no entries at all.
    dropTriggers()
    raw('DELETE FROM journal_orders')
    raw('DELETE FROM journal')
    await till.close()
    till = openTestTill({ dir: till.dir })
    const genesis = await till.ok('journal.get', { seq: 1 })
    expect(genesis.command).toBe('journal.genesis')
    expect(JSON.parse(genesis.body)).toMatchObject({ summary: { orders: 2, lastOrderId: 2 } })
    expect(genesis.words).toBe('Tillpoint started the journal with 2 orders already on the till')
    await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: sale.lines[0]!.id, quantity: 1 }] })
    expect(await till.ok('journal.verify')).toMatchObject({ intact: true, orders: 1 })
    raw('UPDATE orders SET total = total - 1 WHERE id = ?', sale.id)
    expect(await till.ok('journal.verify')).toMatchObject({ intact: false, problem: { kind: 'order-changed', orderId: sale.id } })
    raw('UPDATE orders SET total = total + 1 WHERE id = ?', sale.id)
    for (const table of ['order_returns', 'payments', 'order_events', 'stock_movements', 'order_lines']) raw(`DELETE FROM ${table} WHERE order_id = 2`)
    raw('DELETE FROM orders WHERE id = 2')
    expect(await till.ok('journal.verify')).toMatchObject({
      intact: false,
      problem: { kind: 'order-deleted', message: 'The journal began with 2 orders on the till; 1 of them are left.' }
    })
  })
})

describe('verify finds every edit made outside Tillpoint', () => {
  const cases: Array<[string, (ids: { order: number; line: number; payment: number }) => void, RegExp]> = [
    ['an order total raised', ({ order }) => raw('UPDATE orders SET total = total + 100 WHERE id = ?', order), /total was \$\d+\.\d\d, is now \$\d+\.\d\d/],
    ['a line quantity changed', ({ line }) => raw('UPDATE order_lines SET quantity = quantity + 1 WHERE id = ?', line), /lines differ/],
    ['a payment deleted', ({ payment }) => raw('DELETE FROM payments WHERE id = ?', payment), /payments differ/],
    [
      'a payment moved to card',
      ({ payment }) => raw("UPDATE payments SET method = 'card', tendered = NULL, change_given = NULL WHERE id = ?", payment),
      /payments differ/
    ],
    [
      'an order deleted',
      ({ order }) => {
        raw('DELETE FROM order_returns WHERE order_id = ?', order)
        raw('DELETE FROM payments WHERE order_id = ?', order)
        raw('DELETE FROM order_events WHERE order_id = ?', order)
        raw('DELETE FROM stock_movements WHERE order_id = ?', order)
        raw('DELETE FROM order_lines WHERE order_id = ?', order)
        raw('DELETE FROM orders WHERE id = ?', order)
      },
      /was deleted/
    ],
    [
      'an order added by hand',
      ({ order }) => {
        raw(
          `INSERT INTO orders (sequence, number, kind, status, payment_state, customer_id, customer_name, customer_phone, customer_email, delivery_address, note, coupon_id, coupon_code, tax_mode, currency, item_count, subtotal, line_discount_total, order_discount_total, coupon_discount_total, tax_total, total, paid_total, refunded_total, business_day, created_by, created_at, updated_at)
        SELECT sequence + 1000, number || 'X', kind, status, payment_state, customer_id, customer_name, customer_phone, customer_email, delivery_address, note, coupon_id, coupon_code, tax_mode, currency, item_count, subtotal, line_discount_total, order_discount_total, coupon_discount_total, tax_total, total, paid_total, refunded_total, business_day, created_by, created_at, updated_at FROM orders WHERE id = ?`,
          order
        )
      },
      /in no journal entry/
    ]
  ]
  it.each(cases)('%s', async (_name, tamper, message) => {
    await aDay()
    await sellAtCounter(till, [{ variantId: variants[1]!.variantId }])
    expect(await till.ok('journal.verify')).toMatchObject({ intact: true })
    const order = (till.sqlite.prepare("SELECT id FROM orders WHERE kind = 'counter' ORDER BY id LIMIT 1").get() as { id: number }).id
    const line = (till.sqlite.prepare('SELECT id FROM order_lines WHERE order_id = ? ORDER BY id LIMIT 1').get(order) as { id: number }).id
    const payment = (till.sqlite.prepare("SELECT id FROM payments WHERE order_id = ? AND kind = 'payment' LIMIT 1").get(order) as { id: number }).id
    tamper({ order, line, payment })
    const verdict = await till.ok('journal.verify')
    expect(verdict.intact).toBe(false)
    if (!verdict.intact) expect(verdict.problem.message).toMatch(message)
  })

  it('names the first entry whose contents were rewritten, whose columns were changed, or that was removed or moved', async () => {
    await aDay()
    const count = (till.sqlite.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n
    expect(count).toBeGreaterThan(6)
    dropTriggers()
    const saved = till.sqlite.prepare('SELECT * FROM journal').all() as Array<Record<string, unknown>>
    const restore = () => {
      raw('DELETE FROM journal')
      const insert = till.sqlite.prepare(
        'INSERT INTO journal VALUES (@seq, @formula, @at, @till_id, @command, @staff_id, @approver_id, @orders, @body, @prev_hash, @hash)'
      )
      for (const row of saved) insert.run(row)
    }
    const expectBreak = async (seq: number, kind: string) => {
      const verdict = await till.ok('journal.verify')
      expect(verdict).toMatchObject({ intact: false, problem: { seq, kind } })
      restore()
      expect(await till.ok('journal.verify')).toMatchObject({ intact: true })
    }
    const seqOf = (command: string) => saved.find((row) => row.command === command)!.seq as number
    raw(`UPDATE journal SET body = replace(body, '"quantity":3', '"quantity":1') WHERE seq = ?`, seqOf('cart.checkout'))
    await expectBreak(seqOf('cart.checkout'), 'hash')
    raw("UPDATE journal SET staff_id = 'someone-else' WHERE seq = ?", seqOf('orders.return'))
    await expectBreak(seqOf('orders.return'), 'hash')
    raw('DELETE FROM journal WHERE seq = 5')
    await expectBreak(5, 'missing')
    // Two entries swapped: each keeps its number but carries the other's contents.
    const [a, b] = [saved[4]!, saved[5]!]
    raw('UPDATE journal SET command = ?, body = ?, prev_hash = ?, hash = ? WHERE seq = ?', b.command, b.body, b.prev_hash, b.hash, a.seq)
    raw('UPDATE journal SET command = ?, body = ?, prev_hash = ?, hash = ? WHERE seq = ?', a.command, a.body, a.prev_hash, a.hash, b.seq)
    await expectBreak(a.seq as number, 'link')
  })

  it('always verifies a clean history of random commands', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('sale' as const), variant: fc.nat(2), quantity: fc.integer({ min: 1, max: 4 }), returned: fc.nat(4) }),
            fc.record({ kind: fc.constant('pickup' as const), variant: fc.nat(2), cancel: fc.boolean(), pay: fc.boolean() }),
            fc.record({ kind: fc.constant('stock' as const), variant: fc.nat(2), delta: fc.integer({ min: -3, max: 5 }).filter((delta) => delta !== 0) })
          ),
          { minLength: 1, maxLength: 6 }
        ),
        async (commands) => {
          for (const command of commands) {
            const variantId = variants[command.variant]!.variantId
            if (command.kind === 'sale') {
              const sale = await sellAtCounter(till, [{ variantId, quantity: command.quantity }])
              const quantity = Math.min(command.returned, command.quantity)
              if (quantity > 0) await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: sale.lines[0]!.id, quantity }] })
            } else if (command.kind === 'pickup') {
              const order = await takePickup(till, [{ variantId }])
              if (command.pay) await till.ok('orders.pay', { orderId: order.id, payments: [{ method: 'card', amount: order.total, reference: 'T1' }] })
              if (command.cancel) await till.ok('orders.cancel', { orderId: order.id })
            } else {
              await till.ok('stock.adjust', { variantId, delta: command.delta, reason: 'count', note: '' })
            }
            till.clock.advance(61_000)
          }
          const verdict = await till.ok('journal.verify')
          expect(verdict).toMatchObject({ intact: true })
        }
      ),
      { numRuns: 15 }
    )
  })
})

describe('the archive', () => {
  let out: string
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'tillpoint-archive-'))
  })
  afterEach(() => rmSync(out, { recursive: true, force: true }))

  it('verifies, with Tillpoint and with standard tools, and a flipped byte is found', async () => {
    await aDay()
    const archive = await till.ok('journal.exportArchive')
    const count = (till.sqlite.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n
    expect(archive.entries).toBe(count)
    const bytes = new Uint8Array(readFileSync(archive.path))
    expect(verifyJournalArchive(bytes, archive.publicKey)).toMatchObject({ intact: true, entries: count })

    // The auditor's way, as the README inside says: OpenSSL for the signature, Python for the chain.
    const files = unzipSync(bytes)
    for (const [name, content] of Object.entries(files)) writeFileSync(join(out, name), content)
    const readme = Buffer.from(files['README.txt']!).toString('utf8')
    if (spawnSync('openssl', ['version']).status === 0) {
      const verified = execFileSync(
        'openssl',
        ['pkeyutl', '-verify', '-pubin', '-inkey', 'public-key.pem', '-rawin', '-in', 'manifest.json', '-sigfile', 'manifest.sig'],
        { cwd: out }
      ).toString()
      expect(verified).toMatch(/Signature Verified Successfully/)
    }
    const python = readme.slice(readme.indexOf('     import hashlib'), readme.indexOf("print('chain intact')") + "print('chain intact')".length)
    const script = python
      .split('\n')
      .map((line) => line.slice(5))
      .join('\n')
    expect(execFileSync('python3', ['-c', script], { cwd: out }).toString()).toContain('chain intact')

    for (const offset of [40, Math.floor(bytes.length / 2), bytes.length - 30]) {
      const flipped = bytes.slice()
      flipped[offset] = flipped[offset]! ^ 0x01
      expect(verifyJournalArchive(flipped, archive.publicKey).intact).toBe(false)
    }
    expect(verifyJournalArchive(bytes, 'another key')).toMatchObject({ intact: false })
    const flips = Array.from({ length: 200 }, (_, index) => Math.floor((index * bytes.length) / 200))
    for (const offset of flips) {
      const flipped = bytes.slice()
      flipped[offset] = flipped[offset]! ^ 0x80
      expect(verifyJournalArchive(flipped, archive.publicKey).intact, `byte ${offset}`).toBe(false)
    }
  })
})
