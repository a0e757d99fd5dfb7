/**
 * A till process for the kill -9 test: opens the database, lets the sync worker run, and in
 * 'produce' mode records a stock receipt every few milliseconds, printing "committed" after each
 * one commits. In 'drain' mode it only syncs, prints "drained" once nothing waits, and exits.
 *   node --import tsx tests/support/sync-child.ts <dbPath> <produce|drain> <variantId>
 */
import { startTillpoint, TOOL_WINDOW } from '../../src/main/tillpoint'
import type { SyncStatus } from '../../src/shared/sync'
import { allSent } from './sync-harness'

const [dbPath, mode, variantIdText] = process.argv.slice(2)
if (!dbPath || (mode !== 'produce' && mode !== 'drain')) {
  console.error('usage: sync-child.ts <dbPath> <produce|drain> <variantId>')
  process.exit(2)
}
const variantId = Number(variantIdText)
const till = startTillpoint({
  dbPath,
  logError: (channel, error) => console.error(channel, error),
  sync: { batchSize: 25, requestTimeoutMs: 3_000, backoff: { baseMs: 5, maxMs: 100 }, nudgeDelayMs: 0, pollMs: 50, logError: () => undefined }
})
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function produce(): Promise<never> {
  // Bounded: the parent kills this process long before; the bound only stops a runaway.
  for (let i = 0; i < 20_000; i++) {
    const result = await till.dispatch('stock.adjust', { input: { variantId, delta: 1, reason: 'received' } }, TOOL_WINDOW)
    if (!result.ok) throw new Error(result.error.message)
    process.stdout.write('committed\n')
    await sleep(2)
  }
  throw new Error('produce ran to its bound without being killed')
}

async function drain(): Promise<void> {
  for (let i = 0; i < 6_000; i++) {
    const status = await till.dispatch('sync.status', { input: undefined }, TOOL_WINDOW)
    if (status.ok && allSent(status.data as SyncStatus)) {
      process.stdout.write('drained\n')
      await till.close()
      return
    }
    await sleep(10)
  }
  throw new Error('the outbox did not drain within 60 s')
}

void (mode === 'produce' ? produce() : drain()).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
