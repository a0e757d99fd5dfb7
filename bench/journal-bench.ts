/**
 * `npm run bench:journal`: a journal of a million entries (BENCH_JOURNAL to change), each the size
 * of a real five-line sale's, hashed and linked as the till writes them; then verify walks it as
 * the app does (its own read connection, a turn of the event loop between chunks). Reports entries
 * per second and the longest stretch verify held the thread; exits 1 below 200,000 entries/s or
 * above 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { manualClock } from '../src/main/core/clock'
import { appendJournalEntry } from '../src/main/journal/journal-append'
import { verifyJournal } from '../src/main/journal/verify-journal'
import { startTillpoint, TOOL_WINDOW } from '../src/main/tillpoint'

const ENTRIES = Number(process.env.BENCH_JOURNAL ?? 1_000_000)
const RATE_TARGET = 200_000
const STALL_TARGET_MS = 50

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'tillpoint-journal-bench-'))
  const dbPath = join(dir, 'journal.sqlite')
  try {
    const clock = manualClock(Date.UTC(2026, 2, 2, 9))
    const till = startTillpoint({ dbPath, clock })
    const call = async (channel: string, input: unknown) => {
      const result = await till.dispatch(channel, { input }, TOOL_WINDOW)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.data as Record<string, unknown>
    }
    // One real sale gives the size and shape of an entry's data.
    const product = (await call('catalog.createProduct', {
      name: 'Bench blend',
      category: 'Coffee',
      taxRateBp: 2000,
      variants: [{ sku: 'BENCH-1', price: 1250, stock: 1_000_000 }]
    })) as { variants: Array<{ id: number }> }
    const cart = (await call('cart.current', undefined)) as { id: number }
    for (let line = 0; line < 5; line++) await call('cart.addLine', { cartId: cart.id, variantId: product.variants[0]!.id, quantity: 1 })
    const priced = (await call('cart.get', { cartId: cart.id })) as { totals: { total: number } }
    await call('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: priced.totals.total }] })
    const template = till.sqlite.prepare("SELECT body FROM journal WHERE command = 'cart.checkout'").get() as { body: string }
    const data = JSON.parse(template.body) as unknown
    console.log(`Writing ${ENTRIES.toLocaleString('en')} entries of ${template.body.length} bytes ...`)
    const written = performance.now()
    const batch = till.sqlite.transaction((count: number) => {
      for (let index = 0; index < count; index++) {
        appendJournalEntry(till.context.connection, { at: clock.now() + index, command: 'cart.checkout', staffId: 'owner', approverId: null, orders: [], data })
      }
    })
    for (let done = 0; done < ENTRIES; done += 50_000) batch(Math.min(50_000, ENTRIES - done))
    console.log(`Written in ${((performance.now() - written) / 1000).toFixed(1)} s`)
    await till.close()

    const reader = new BetterSqlite3(dbPath, { readonly: true })
    let longest = 0
    let since = performance.now()
    const verdict = await verifyJournal(reader, {
      pause: async () => {
        longest = Math.max(longest, performance.now() - since)
        await new Promise((resolve) => setImmediate(resolve))
        since = performance.now()
      }
    })
    reader.close()
    if (!verdict.intact) throw new Error(`verify found a break: ${verdict.problem.message}`)
    const rate = verdict.entries / verdict.seconds
    console.log(
      `verify: ${verdict.entries.toLocaleString('en')} entries in ${verdict.seconds.toFixed(2)} s = ${Math.round(rate).toLocaleString('en')} entries/s (target ${RATE_TARGET.toLocaleString('en')}); longest hold of the thread ${longest.toFixed(1)} ms (target ${STALL_TARGET_MS})`
    )
    return rate >= RATE_TARGET && longest <= STALL_TARGET_MS ? 0 : 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  }
)
