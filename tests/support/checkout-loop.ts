/**
 * Child process for the crash test: opens the database file given as argv[2] and rings up sales
 * (counter sales, pickups cancelled, returns) as fast as it can until it is killed. It prints
 * "ready" once the first sale has committed.
 */
import type { Channel, InputOf, OutputOf } from '../../src/shared/contract'
import { startTillpoint, TOOL_WINDOW } from '../../src/main/tillpoint'

const dbPath = process.argv[2]
if (!dbPath) throw new Error('usage: checkout-loop.ts <database file>')
const till = startTillpoint({ dbPath, logError: (channel, error) => console.error(channel, error) })

async function ok<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const result = await till.dispatch(channel, { input }, TOOL_WINDOW)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.data as OutputOf<C>
}

async function main(): Promise<void> {
  const variants = await till.context.db.selectFrom('variants').select('id').orderBy('id').execute()
  for (let round = 0; ; round += 1) {
    let cart = await ok('cart.current')
    for (const [index, variant] of variants.entries()) {
      if ((round + index) % 2 === 0) cart = await ok('cart.addLine', { cartId: cart.id, variantId: variant.id, quantity: 1 + ((round + index) % 3) })
    }
    if (cart.lines.length === 0) cart = await ok('cart.addLine', { cartId: cart.id, variantId: variants[0]!.id })
    if (round % 5 === 4) {
      const order = await ok('cart.checkout', { cartId: cart.id, kind: 'pickup' })
      await ok('orders.cancel', { orderId: order.id })
    } else {
      const order = await ok('cart.checkout', {
        cartId: cart.id,
        kind: 'counter',
        payments: [{ method: 'cash', amount: cart.totals.total, tendered: cart.totals.total + 100 }]
      })
      if (round % 7 === 3) await ok('orders.return', { orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] })
    }
    if (round === 0) process.stdout.write('ready\n')
  }
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
