import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { simpleProduct } from '../support/catalog-fixtures'
import { startFaultProxy } from '../support/fault-proxy'
import { FAST_SYNC, readOutbox, RECEIVER_TOKEN, startTestReceiver, waitUntil } from '../support/sync-harness'
import { openTestTill } from '../support/test-till'
import { soak } from '../support/soak'

const ROUNDS = soak(2, 8)
const CHILD = join(__dirname, '../support/sync-child.ts')

interface Child {
  process: ChildProcess
  committed: number
  lines: string[]
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

function spawnTill(dbPath: string, mode: 'produce' | 'drain', variantId: number): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, mode, String(variantId)], {
    cwd: join(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const state: Child = {
    process: child,
    committed: 0,
    lines: [],
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  }
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'committed') state.committed++
    else state.lines.push(line)
  })
  child.stderr.on('data', (chunk: Buffer) => state.lines.push(chunk.toString()))
  return state
}

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('sync survives kill -9', () => {
  it(`loses and duplicates nothing when the till process is killed mid-batch ${ROUNDS} times`, async () => {
    const receiver = await startTestReceiver('sqlite')
    cleanups.push(() => receiver.close())
    let current: Child | null = null
    let armed = false
    let killsAfterCommit = 0
    const proxy = await startFaultProxy({
      targetPort: receiver.port,
      choose: () => 'pass',
      delayMs: 0,
      maxRequests: 20_000,
      // The worst moment: the receiver has committed the batch, the till has not heard back yet.
      afterCommit: async (status) => {
        const victim = current
        if (!armed || status !== 200 || !victim) return
        armed = false
        victim.process.kill('SIGKILL')
        killsAfterCommit++
        await victim.exited
      }
    })
    cleanups.push(() => proxy.close())
    cleanups.push(() => {
      current?.process.kill('SIGKILL')
    })

    const setup = openTestTill({ sync: FAST_SYNC })
    const tea = await setup.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA', stock: 0 }))
    const variantId = tea.variants[0]?.id as number
    const { tillId } = await setup.ok('sync.configure', { enabled: true, url: proxy.url, token: RECEIVER_TOKEN })
    await setup.close()
    cleanups.push(() => setup.cleanup())

    let reportedCommits = 0
    for (let round = 0; round < ROUNDS; round++) {
      const child: Child = spawnTill(setup.dbPath, 'produce', variantId)
      current = child
      // Let it commit a while (alternating short and long runs), then kill it at its next acknowledged batch.
      const commitsBeforeArming = round % 2 === 0 ? 10 : 60
      await waitUntil(`round ${round} to commit ${commitsBeforeArming} sales`, () => child.committed >= commitsBeforeArming, 20_000)
      armed = true
      await Promise.race([
        child.exited,
        new Promise((resolve) => setTimeout(resolve, 15_000)).then(() => {
          armed = false
          child.process.kill('SIGKILL')
        })
      ])
      const exit = await child.exited
      expect(exit.signal, child.lines.join('\n')).toBe('SIGKILL')
      reportedCommits += child.committed
    }
    current = null
    expect(killsAfterCommit).toBeGreaterThanOrEqual(ROUNDS - 1)

    const drainer = spawnTill(setup.dbPath, 'drain', variantId)
    current = drainer
    const drained = await drainer.exited
    expect(drained.code, drainer.lines.join('\n')).toBe(0)
    expect(drainer.lines).toContain('drained')
    current = null

    const check = openTestTill({ dir: setup.dir })
    cleanups.push(() => check.close())
    const movements = await check.context.db.selectFrom('stock_movements').select(['id']).where('variant_id', '=', variantId).execute()
    const outbox = await readOutbox(check.context.db)
    const variant = await check.context.db.selectFrom('variants').select('stock').where('id', '=', variantId).executeTakeFirstOrThrow()
    // Every sale a child reported committed is in the database (a kill can land after a commit, before its line).
    expect(movements.length).toBeGreaterThanOrEqual(reportedCommits)
    expect(variant.stock).toBe(movements.length)
    // Every committed change has its event, and every event was acknowledged.
    expect(outbox.filter((row) => row.type === 'stock.changed')).toHaveLength(movements.length)
    expect(outbox.every((row) => row.state === 'sent')).toBe(true)
    expect(outbox.map((row) => row.seq)).toEqual(outbox.map((_, index) => index + 1))

    const held = await receiver.eventsOf(tillId)
    expect(held.map((event) => event.eventId)).toEqual(outbox.map((row) => row.event_id))
    expect(new Set(held.map((event) => event.eventId)).size).toBe(held.length)
    const last = held.at(-1)?.payload as { variants: Array<{ stock: number }> }
    expect(last.variants[0]?.stock).toBe(variant.stock)
  }, 150_000)
})
