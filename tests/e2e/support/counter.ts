import { expect, type Page } from '@playwright/test'
import type { InputOf, OutputOf } from '../../../src/shared/contract'
import type { TestTill } from '../../support/test-till'
import { SETTLED_FUNCTION } from './page-api'
import { addProduct } from './shop'

/** Three tax-free products with real EAN-13 codes, so every total in a journey can be worked out by hand. */
export const BEANS = { name: 'Espresso Beans 500 g', barcode: '4006381333931', sku: 'BEANS-500', price: 1350, stock: 12 }
export const MILK = { name: 'Oat Milk 1 L', barcode: '5901234123457', sku: 'OAT-MILK', price: 250, stock: 40 }
export const MUG = { name: 'Enamel Mug', barcode: '9780201379624', sku: 'MUG-ENAMEL', price: 900, stock: 5 }

export interface CounterProduct {
  name: string
  barcode: string
  sku: string
  price: number
  stock: number
  variantId: number
  productId: number
}

export async function stockShelves(till: TestTill, products = [BEANS, MILK, MUG]): Promise<CounterProduct[]> {
  const stocked: CounterProduct[] = []
  for (const { name, barcode, sku, price, stock } of products) {
    const product = await addProduct(till, name, { sku, barcode, price, stock }, { category: 'Counter', taxRateBp: 0 })
    const variant = product.variants[0]
    if (!variant) throw new Error(`${name} has no variant`)
    stocked.push({ name, barcode, sku, price, stock, variantId: variant.id, productId: product.id })
  }
  return stocked
}

/** Opens Sell and waits until it is ready for the first scan: the tiles and the (empty) sale are shown. */
export async function openSell(page: Page): Promise<void> {
  await page.goto('/#/sell')
  await expect(page.getByTestId('sell-product').first()).toBeVisible()
  await expect(page.getByTestId('cart')).toBeVisible()
  await expect(page.getByTestId('sell-search')).toBeFocused()
  // Here the till and the simulated scanner share the test's one Node thread: a scan typed while the
  // page is still making its first calls would be typed slower than any scanner types. So wait until
  // those calls are answered and no more follow (page-api.ts), not for a fixed time.
  await page.evaluate((settled) => (window as unknown as Record<string, () => Promise<boolean>>)[settled]!(), SETTLED_FUNCTION)
}

/** The moment it takes to bring the next item to the scanner. */
const BETWEEN_ITEMS_MS = 250

/** Types a code the way a keyboard-wedge scanner does: every key a few ms apart, then Enter. */
export async function scan(page: Page, code: string): Promise<void> {
  await page.waitForTimeout(BETWEEN_ITEMS_MS)
  await page.keyboard.type(`${code}\n`, { delay: 2 })
}

export async function stockOf(till: TestTill, productId: number): Promise<number> {
  const product = await till.ok('catalog.getProduct', { id: productId })
  return product.variants[0]?.stock ?? Number.NaN
}

type Payments = NonNullable<InputOf<'cart.checkout'>['payments']>

/** Rings an order up through the till itself, for journeys that start on the Orders screen. */
export async function placeOrder(
  till: TestTill,
  lines: ReadonlyArray<{ variantId: number; quantity: number }>,
  options: { kind?: 'counter' | 'pickup' | 'delivery'; payments?: (total: number) => Payments; customer?: string; address?: string } = {}
): Promise<OutputOf<'cart.checkout'>> {
  let cart = await till.ok('cart.current')
  for (const line of lines) cart = await till.ok('cart.addLine', { cartId: cart.id, ...line })
  if (options.customer)
    cart = await till.ok('cart.attachCustomer', {
      cartId: cart.id,
      newCustomer: { name: options.customer, phone: '020 7946 0000', address: options.address ?? '' }
    })
  const kind = options.kind ?? 'counter'
  const payments = options.payments ? options.payments(cart.totals.total) : kind === 'counter' ? [{ method: 'cash' as const, amount: cart.totals.total }] : []
  return till.ok('cart.checkout', { cartId: cart.id, kind, payments, deliveryAddress: options.address ?? '' })
}
