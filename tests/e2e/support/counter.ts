import { expect, type CDPSession, type Page } from '@playwright/test'
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
  await waitUntilSettled(page)
}

/** Waits until the page's calls to the till are answered and no more follow (page-api.ts). */
async function waitUntilSettled(page: Page): Promise<void> {
  await page.evaluate((settled) => (window as unknown as Record<string, () => Promise<boolean>>)[settled]!(), SETTLED_FUNCTION)
}

/** The moment it takes to bring the next item to the scanner. */
const BETWEEN_ITEMS_MS = 250

/** The pace of a keyboard-wedge scanner: a key every few milliseconds. */
const SCANNER_KEY_GAP_S = 0.005

const scannerSessions = new WeakMap<Page, Promise<CDPSession>>()

function scannerOf(page: Page): Promise<CDPSession> {
  let session = scannerSessions.get(page)
  if (!session) {
    session = page.context().newCDPSession(page)
    scannerSessions.set(page, session)
  }
  return session
}

interface KeyEvent {
  type: 'keyDown' | 'keyUp'
  key: string
  code: string
  text?: string
  unmodifiedText?: string
  windowsVirtualKeyCode: number
  timestamp: number
}

function keyEventsOf(key: string, at: number): KeyEvent[] {
  const text = key === 'Enter' ? '\r' : key
  const code = key === 'Enter' ? 'Enter' : /\d/.test(key) ? `Digit${key}` : /[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : ''
  const windowsVirtualKeyCode = key === 'Enter' ? 13 : /[a-z\d]/i.test(key) ? key.toUpperCase().charCodeAt(0) : 0
  return [
    { type: 'keyDown', key, code, text, unmodifiedText: text, windowsVirtualKeyCode, timestamp: at },
    { type: 'keyUp', key, code, windowsVirtualKeyCode, timestamp: at + SCANNER_KEY_GAP_S / 2 }
  ]
}

/**
 * Plays a keyboard-wedge scanner: the code's keys and Enter, a few ms apart, then waits until the
 * page has answered the scan. The keys are the browser's own (they type into a focused field and
 * press its Enter as a scanner's would), sent in one go and stamped with a scanner's pace, as the
 * operating system stamps a real scanner's keys: typed one round trip at a time, a loaded machine
 * spread them past that pace, and the till rightly read the scan as a person typing.
 */
export async function scan(page: Page, code: string): Promise<void> {
  await page.waitForTimeout(BETWEEN_ITEMS_MS)
  const scanner = await scannerOf(page)
  const start = Date.now() / 1000
  const events = [...code].flatMap((key, index) => keyEventsOf(key, start + index * SCANNER_KEY_GAP_S))
  events.push(...keyEventsOf('Enter', start + code.length * SCANNER_KEY_GAP_S))
  await Promise.all(events.map((event) => scanner.send('Input.dispatchKeyEvent', event)))
  await waitUntilSettled(page)
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
