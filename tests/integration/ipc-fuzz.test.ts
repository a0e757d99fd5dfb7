import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, contract, type Channel } from '../../src/shared/contract'
import { ERROR_CODES } from '../../src/shared/errors'
import { hostileValue, oversizedValue, shapedLike } from '../support/fuzz-arbitraries'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'
import { openTestTill, type TestTill } from '../support/test-till'

/** Cases per channel; `TILLPOINT_FUZZ_RUNS=2000 npx vitest run tests/integration/ipc-fuzz.test.ts` for a long run. */
const RUNS = Number(process.env.TILLPOINT_FUZZ_RUNS || 12)
const SEED = process.env.TILLPOINT_FUZZ_SEED ? Number(process.env.TILLPOINT_FUZZ_SEED) : undefined
/** A backup answers in about a hundred milliseconds under load, an import or an export in tens: a long run gets the time its cases need. */
const LONG_RUN_TIMEOUT = Math.max(30_000, RUNS * 250)

let till: TestTill
const answered = new Map<string, number>()

beforeAll(async () => {
  // Sync never reaches a network: a hostile address is only ever "offline".
  till = openTestTill({ sync: { fetch: async () => Promise.reject(new Error('no network in the fuzz')), logError: () => undefined } })
  const [tea] = await seedProducts(till.context, [
    { name: 'Tea', price: 300, stock: 1000 },
    { name: 'Cake', price: 450, stock: 5 }
  ])
  await sellAtCounter(till, [{ variantId: tea!.variantId }])
  await till.ok('cart.addLine', { cartId: (await till.ok('cart.current')).id, variantId: tea!.variantId })
})
afterAll(async () => {
  await till.cleanup()
  console.log(`ipc fuzz: ${[...answered.values()].reduce((sum, n) => sum + n, 0)} calls; answers ${JSON.stringify(Object.fromEntries(answered))}`)
})

async function callOnce(channel: Channel, input: unknown): Promise<void> {
  // Through the real IPC helper and the default window's real staff session, as the preload sends it.
  const result = (await till.dispatch(channel, { input }, 1)) as unknown
  expect(result).toBeTypeOf('object')
  const answer = result as { ok: boolean; error?: { code: string; message: string } }
  const code = answer.ok ? 'ok' : (answer.error?.code ?? 'none')
  answered.set(code, (answered.get(code) ?? 0) + 1)
  if (!answer.ok) {
    expect(ERROR_CODES).toContain(answer.error?.code)
    expect(answer.error?.message).toBeTypeOf('string')
  }
  expect(answer.error?.code, `${channel} answered INTERNAL for ${String(JSON.stringify(input)).slice(0, 300)}; logged: ${till.logged.at(-1) ?? ''}`).not.toBe(
    'INTERNAL'
  )
}

describe('every channel, fuzzed through the IPC helper', () => {
  it.each(CHANNELS)(
    '%s answers hostile input with a coded refusal or a result, never INTERNAL',
    async (channel) => {
      const input = fc.oneof(
        { weight: 3, arbitrary: shapedLike(contract[channel].input) },
        { weight: 2, arbitrary: hostileValue },
        { weight: 1, arbitrary: oversizedValue }
      )
      await fc.assert(
        fc.asyncProperty(input, (value) => callOnce(channel, value)),
        { numRuns: RUNS, seed: SEED, endOnFailure: true }
      )
    },
    LONG_RUN_TIMEOUT
  )

  it('refuses malformed requests (no envelope, an actor of its own, extra fields) before any handler', async () => {
    for (const request of [undefined, null, 42, 'x', [], { input: {}, actor: { id: 'owner', name: 'Owner' } }, { input: {}, extra: 1 }]) {
      const result = await till.dispatch('settings.update', request, 1)
      expect(result).toMatchObject({ ok: false })
      if (!result.ok) expect(['VALIDATION', 'FORBIDDEN']).toContain(result.error.code)
    }
  })
})

describe('found by the fuzz', () => {
  it('print.updateSettings takes a key sent as undefined as unchanged (it answered INTERNAL)', async () => {
    const before = await till.ok('print.getSettings')
    const after = await till.ok('print.updateSettings', { paper: '80mm', systemPrinterName: undefined, networkHost: undefined, autoPrint: undefined })
    expect(after).toEqual({ ...before, paper: '80mm' })
  })
})
