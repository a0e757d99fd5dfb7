import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS, contract, type Channel } from '../../src/shared/contract'
import { isCardNumberIssue } from '../../src/shared/free-text'
import { CARD_NUMBER_PROBES } from '../support/card-numbers'
import { scanDatabaseFile, scanText } from '../support/card-scan'
import { stringLeaves } from '../support/schema-walk'
import { seedProducts } from '../support/seed-products'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'
import { TOOL_WINDOW } from '../../src/main/tillpoint'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

/** Every free-text place of every channel (those whose schema refuses a card number as one). */
const guarded = CHANNELS.flatMap((channel) =>
  stringLeaves(contract[channel].input)
    .filter((leaf) => leaf.schema.safeParse(CARD_NUMBER_PROBES[0]).error?.issues.some(isCardNumberIssue))
    .map((leaf) => ({ channel, leaf }))
)

describe('a card number typed into any free-text field', () => {
  it('is refused through the IPC helper with CARD_NUMBER naming the field, and nothing is written', async () => {
    await seedProducts(till.context, [{ name: 'Tea', price: 300, stock: 10 }])
    await till.ok('cart.current')
    const before = await snapshotDatabase(till)
    const answers: Array<{ channel: Channel; path: string; probe: string; code: string; field: unknown }> = []
    for (const { channel, leaf } of guarded) {
      for (const probe of CARD_NUMBER_PROBES) {
        const result = await till.dispatch(channel, { input: leaf.place(probe) }, TOOL_WINDOW)
        answers.push({ channel, path: leaf.path, probe, code: result.ok ? 'ok' : result.error.code, field: result.ok ? null : result.error.details?.field })
      }
    }
    expect(guarded.length).toBeGreaterThan(50)
    expect(answers.filter((answer) => answer.code !== 'CARD_NUMBER')).toEqual([])
    // The field named is the one that held it (a record's key is named by the record).
    const misnamed = guarded
      .filter(({ leaf }) => !leaf.path.endsWith('<key>'))
      .flatMap(({ channel, leaf }) => answers.filter((answer) => answer.channel === channel && answer.path === leaf.path && answer.field !== leaf.issuePath))
    expect(misnamed).toEqual([])
    expect(await snapshotDatabase(till)).toEqual(before)
    expect(scanDatabaseFile(till.dbPath)).toEqual([])
  })
})

describe('the card-number scan of a till', () => {
  it('finds one written past the guard in a table or in the sync outbox, and skips product codes', async () => {
    // 4006381333931 passes Luhn and is a real EAN-13: a product code, not a card number.
    await till.ok('catalog.createProduct', { name: 'Tea', taxRateBp: 0, variants: [{ sku: '4006381333931', barcode: '4006381333931', price: 300 }] })
    expect(scanDatabaseFile(till.dbPath)).toEqual([])
    till.sqlite
      .prepare(`INSERT INTO customers (name, phone, email, address, created_at, updated_at) VALUES ('Al', '', '', 'Card 4111 1111 1111 1111', 0, 0)`)
      .run()
    till.sqlite.prepare(`UPDATE outbox SET payload = json_set(payload, '$.note', '5555-5555-5555-4444') WHERE seq = 1`).run()
    expect(scanDatabaseFile(till.dbPath)).toEqual([
      { where: 'customers.address', masked: '411111******1111' },
      { where: 'outbox.payload', masked: '555555******4444' }
    ])
    expect(scanText('log', 'cart.checkout: failed for 378282246310005')).toEqual([{ where: 'log', masked: '378282*****0005' }])
    till.sqlite.prepare(`DELETE FROM customers`).run()
    till.sqlite.prepare(`UPDATE outbox SET payload = json_remove(payload, '$.note') WHERE seq = 1`).run()
  })
})
