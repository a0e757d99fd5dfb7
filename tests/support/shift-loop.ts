/**
 * Child process for the shift crash test: opens the database file given as argv[2] and runs shift
 * after shift (open, a few cash sales, a paid out, a count, the close) as fast as it can until it
 * is killed. It prints "ready" once the first Z report has committed.
 */
import type { Channel, InputOf, OutputOf } from '../../src/shared/contract'
import { startTillpoint, TOOL_WINDOW } from '../../src/main/tillpoint'

const dbPath = process.argv[2]
if (!dbPath) throw new Error('usage: shift-loop.ts <database file>')
const till = startTillpoint({ dbPath, logError: (channel, error) => console.error(channel, error) })

async function ok<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const result = await till.dispatch(channel, { input }, TOOL_WINDOW)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data as OutputOf<C>
}

async function main(): Promise<void> {
  const [variant] = await till.context.db.selectFrom('variants').select('id').orderBy('id').execute()
  for (let round = 0; ; round += 1) {
    if (!(await ok('shifts.state')).open) await ok('shifts.open', { float: { total: 5000 + round } })
    for (let sale = 0; sale < 1 + (round % 3); sale += 1) {
      const cart = await ok('cart.addLine', { cartId: (await ok('cart.current')).id, variantId: variant!.id, quantity: 1 + sale })
      await ok('cart.checkout', {
        cartId: cart.id,
        kind: 'counter',
        payments: [{ method: 'cash', amount: cart.totals.total, tendered: cart.totals.total + 50 }]
      })
    }
    await ok('shifts.payInOut', { kind: 'paid_out', amount: 100, reason: 'loop', drawerShortConfirmed: true })
    // A shift the last kill left counted but not closed is counted again.
    const counted = await till.dispatch('shifts.count', { input: { count: { total: 5000 } } }, TOOL_WINDOW)
    if (!counted.ok && counted.error.code === 'SHIFT_ALREADY_COUNTED') await ok('shifts.recount', { count: { total: 5000 } })
    else if (!counted.ok) throw new Error(`shifts.count: ${counted.error.code} ${counted.error.message}`)
    await ok('shifts.close', { reason: 'loop', keepOpenCarts: true })
    if (round === 0) process.stdout.write('ready\n')
  }
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
