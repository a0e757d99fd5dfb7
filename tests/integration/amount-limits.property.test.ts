import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_AMOUNT } from '../../src/shared/money'
import { MAX_LINE_QUANTITY } from '../../src/shared/cart'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { snapshotSales } from '../support/sales'

/**
 * Issue 12 point 8: a cart whose line or total passes what a till holds (MAX_AMOUNT minor units, far
 * below 2^53) answers the coded refusal AMOUNT_TOO_LARGE through IPC, never INTERNAL, and writes
 * nothing; below the limit every amount stays a safe integer and the cart adds up.
 */
let till: TestTill
let variants: SeededVariant[]
const PRICES = [1, 999, 1_000_000, 123_456_789, 10_000_000_000, 999_999_999_999, MAX_AMOUNT] as const

beforeAll(async () => {
  till = openTestTill()
  await till.ok('settings.update', { taxMode: 'exclusive', currency: 'KWD' })
  variants = await seedProducts(
    till.context,
    PRICES.map((price, index) => ({ name: `P${index}`, price, stock: MAX_LINE_QUANTITY * 4, taxRateBp: index % 2 === 0 ? 2000 : 500 }))
  )
})
afterAll(() => till.cleanup())

describe('amounts beyond what a till holds', () => {
  it('a line or total over the limit is refused with AMOUNT_TOO_LARGE and nothing written; below it, every amount is safe', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('exclusive' as const, 'inclusive' as const),
        fc.array(fc.record({ product: fc.nat({ max: PRICES.length - 1 }), quantity: fc.integer({ min: 1, max: MAX_LINE_QUANTITY }), viaSet: fc.boolean() }), {
          minLength: 1,
          maxLength: 4
        }),
        async (taxMode, steps) => {
          const cart = await till.ok('cart.current')
          await till.ok('cart.discard', { cartId: cart.id })
          await till.ok('settings.update', { taxMode })
          let current = await till.ok('cart.current')
          for (const step of steps) {
            const variant = variants[step.product]!
            const existing = current.lines.find((line) => line.variantId === variant.variantId)
            const before = await snapshotSales(till)
            const answer =
              step.viaSet && existing
                ? await till.call('cart.setQuantity', { cartId: current.id, lineId: existing.id, quantity: step.quantity })
                : await till.call('cart.addLine', { cartId: current.id, variantId: variant.variantId, quantity: step.quantity })
            const quantity = step.viaSet && existing ? step.quantity : (existing?.quantity ?? 0) + step.quantity
            if (!answer.ok) {
              // Either the contract's quantity limit (VALIDATION) or the till's amount limit.
              expect(answer.error.code, JSON.stringify(answer.error)).toBe(quantity > MAX_LINE_QUANTITY ? 'VALIDATION' : 'AMOUNT_TOO_LARGE')
              if (answer.error.code === 'AMOUNT_TOO_LARGE') expect(answer.error.details).toEqual({ limit: MAX_AMOUNT })
              expect(await snapshotSales(till)).toEqual(before)
              continue
            }
            current = answer.data
            const { totals } = current
            for (const line of current.lines) {
              expect(line.gross).toBe(line.unitPrice * line.quantity)
              expect(line.gross).toBeLessThanOrEqual(MAX_AMOUNT)
            }
            expect(totals.total).toBeLessThanOrEqual(MAX_AMOUNT)
            expect(totals.total).toBe(current.lines.reduce((sum, line) => sum + line.total, 0))
            for (const rate of totals.taxByRate) expect(rate.net + rate.tax).toBe(rate.gross)
          }
          expect(till.logged).toEqual([])
        }
      ),
      { numRuns: 40 }
    )
  })

  it('refuses a single line of 100,000 units at a trillion with the line named', async () => {
    const cart = await till.ok('cart.current')
    const answer = await till.call('cart.addLine', { cartId: cart.id, variantId: variants[PRICES.length - 1]!.variantId, quantity: 2 })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.code).toBe('AMOUNT_TOO_LARGE')
    expect(answer.error.issues?.[0]?.path).toMatch(/^lines\.\d+$/)
  })
})
