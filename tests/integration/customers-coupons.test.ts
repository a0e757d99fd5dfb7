import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestTill, type TestTill } from '../support/test-till'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { cartWith, sellAtCounter, snapshotSales } from '../support/sales'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

describe('customers', () => {
  it('are created, read, updated (only what is given) and announced', async () => {
    const events = till.recordEvents()
    const ada = await till.ok('customers.create', { name: '  Ada Lovelace ', phone: '+44 20 7946 0000', email: 'ada@example.org', address: '1 Engine Lane' })
    expect(ada).toMatchObject({ name: 'Ada Lovelace', phone: '+44 20 7946 0000', email: 'ada@example.org', address: '1 Engine Lane' })
    expect(await till.ok('customers.get', { customerId: ada.id })).toEqual(ada)
    const moved = await till.ok('customers.update', { customerId: ada.id, patch: { address: '2 Loom Road' } })
    expect(moved).toMatchObject({ name: 'Ada Lovelace', phone: '+44 20 7946 0000', address: '2 Loom Road' })
    expect(events).toEqual([
      { name: 'customer.changed', payload: { customerId: ada.id } },
      { name: 'customer.changed', payload: { customerId: ada.id } }
    ])
  })

  it('are found by any word of the name, by email, or by the start of the phone number, in name order, page by page', async () => {
    for (const [name, phone, email] of [
      ['Zoë Adams', '555-0100', 'zoe@example.org'],
      ['Adam Smith', '(555) 0199', ''],
      ['Bea Adamson', '+1 777 0100', 'bea@shop.test'],
      ['Carl Jones', '', ''],
      ['José Núñez', '555 0300', '']
    ] as const) {
      await till.ok('customers.create', { name, phone, email })
    }
    const names = async (query: string, limit = 20) => {
      const found: string[] = []
      let after: { name: string; id: number } | undefined
      do {
        const page = await till.ok('customers.search', { query, limit, ...(after ? { after } : {}) })
        found.push(...page.customers.map((customer) => customer.name))
        after = page.next ?? undefined
      } while (after)
      return found
    }
    expect(await names('adam')).toEqual(['Adam Smith', 'Bea Adamson', 'Zoë Adams'])
    expect(await names('ADA', 1)).toEqual(['Adam Smith', 'Bea Adamson', 'Zoë Adams'])
    expect(await names('zoe')).toEqual(['Zoë Adams'])
    expect(await names('jose nun')).toEqual(['José Núñez'])
    expect(await names('shop')).toEqual(['Bea Adamson'])
    expect(await names('555')).toEqual(['Adam Smith', 'José Núñez', 'Zoë Adams'])
    expect(await names('555 01')).toEqual(['Adam Smith', 'Zoë Adams'])
    expect(await names('+1 777')).toEqual(['Bea Adamson'])
    expect(await names('', 2)).toEqual(['Adam Smith', 'Bea Adamson', 'Carl Jones', 'José Núñez', 'Zoë Adams'])
    expect(await names('nobody')).toEqual([])
    expect(await names('" OR 1')).toEqual([])
  })

  it.each([
    [{ name: '' }],
    [{ name: 'x'.repeat(121) }],
    [{ name: 'Al', email: 'not-an-email' }],
    [{ name: 'Al', phone: 'call me' }],
    [{ name: 'Al', vip: true }]
  ])('refuse %j, changing nothing', async (input) => {
    const before = await snapshotSales(till)
    expect(await till.call('customers.create', input as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotSales(till)).toEqual(before)
  })

  it.each([[{ name: 'Al', address: '4111 1111 1111 1111' }], [{ name: '4111111111111111' }], [{ name: 'Al', email: '4111111111111111@example.com' }]])(
    'refuse a card number in %j as a card number, changing nothing',
    async (input) => {
      const before = await snapshotSales(till)
      expect(await till.call('customers.create', input)).toMatchObject({ ok: false, error: { code: 'CARD_NUMBER' } })
      expect(await snapshotSales(till)).toEqual(before)
    }
  )

  it('refuse an update of someone unknown', async () => {
    expect(await till.call('customers.update', { customerId: 42, patch: { name: 'X' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await till.call('customers.get', { customerId: 42 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('coupons', () => {
  it('are created with defaults, listed by code page by page, updated and announced', async () => {
    const events = till.recordEvents()
    const spring = await till.ok('coupons.create', { code: ' spring-10 ', kind: 'percent', value: 1000 })
    expect(spring).toMatchObject({
      code: 'SPRING-10',
      kind: 'percent',
      value: 1000,
      minSpend: 0,
      validFrom: null,
      validUntil: null,
      usageLimit: null,
      timesUsed: 0,
      active: true,
      description: ''
    })
    await till.ok('coupons.create', {
      code: 'AUTUMN',
      kind: 'amount',
      value: 500,
      minSpend: 2000,
      validFrom: '2026-09-01',
      validUntil: '2026-11-30',
      usageLimit: 100
    })
    await till.ok('coupons.create', { code: 'OLD', kind: 'amount', value: 100, active: false })
    const first = await till.ok('coupons.list', { limit: 2 })
    expect(first.coupons.map((coupon) => coupon.code)).toEqual(['AUTUMN', 'OLD'])
    expect((await till.ok('coupons.list', { after: first.next! })).coupons.map((coupon) => coupon.code)).toEqual(['SPRING-10'])
    expect((await till.ok('coupons.list', { includeInactive: false })).coupons.map((coupon) => coupon.code)).toEqual(['AUTUMN', 'SPRING-10'])
    const updated = await till.ok('coupons.update', { couponId: spring.id, patch: { value: 1500, usageLimit: 3 } })
    expect(updated).toMatchObject({ code: 'SPRING-10', value: 1500, usageLimit: 3, kind: 'percent', active: true })
    expect(events.filter((event) => event.name === 'coupon.changed')).toHaveLength(4)
  })

  it.each([
    ['a percent above 100%', { code: 'BIG', kind: 'percent', value: 10_001 }],
    ['a bad code', { code: 'no spaces!', kind: 'amount', value: 100 }],
    ['a zero value', { code: 'ZERO', kind: 'amount', value: 0 }],
    ['dates the wrong way round', { code: 'BACK', kind: 'amount', value: 1, validFrom: '2026-05-01', validUntil: '2026-04-01' }],
    ['a malformed date', { code: 'DATE', kind: 'amount', value: 1, validFrom: '01/05/2026' }],
    ['an unknown kind', { code: 'BOGO', kind: 'free', value: 1 }]
  ])('refuse %s, changing nothing', async (_name, input) => {
    const before = await snapshotSales(till)
    expect(await till.call('coupons.create', input as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotSales(till)).toEqual(before)
  })

  it('refuse a taken code, an inconsistent update, and deleting a used coupon', async () => {
    const [pen] = (await seedProducts(till.context, [{ name: 'Pen', price: 1000, stock: 10 }])) as [SeededVariant]
    const coupon = await till.ok('coupons.create', { code: 'ONCE', kind: 'amount', value: 100 })
    const before = await snapshotSales(till)
    expect(await till.call('coupons.create', { code: 'once', kind: 'amount', value: 5 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await till.call('coupons.update', { couponId: coupon.id, patch: { kind: 'percent', value: 20_000 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' }
    })
    expect(await till.call('coupons.update', { couponId: coupon.id, patch: { kind: 'percent' } })).toMatchObject({ ok: true })
    await till.ok('coupons.update', { couponId: coupon.id, patch: { kind: 'amount' } })
    // The two updates that went through are in the journal; the refusals left nothing.
    expect(await snapshotSales(till)).toEqual({ ...before, journal: (before.journal as number) + 2 })

    const cart = await cartWith(till, [{ variantId: pen.variantId }])
    await till.ok('cart.applyCoupon', { cartId: cart.id, code: 'ONCE' })
    await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: 900 }] })
    expect(await till.call('coupons.update', { couponId: coupon.id, patch: { usageLimit: 0 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await till.call('coupons.delete', { couponId: coupon.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await till.ok('coupons.update', { couponId: coupon.id, patch: { active: false } })).active).toBe(false)
    await sellAtCounter(till, [{ variantId: pen.variantId }])
  })

  it('delete an unused coupon; the cart holding it simply loses it', async () => {
    const [pen] = (await seedProducts(till.context, [{ name: 'Pen', price: 1000, stock: 10 }])) as [SeededVariant]
    const coupon = await till.ok('coupons.create', { code: 'GONE', kind: 'amount', value: 100 })
    const cart = await cartWith(till, [{ variantId: pen.variantId }])
    await till.ok('cart.applyCoupon', { cartId: cart.id, code: 'GONE' })
    expect(await till.ok('coupons.delete', { couponId: coupon.id })).toEqual({ couponId: coupon.id })
    expect(await till.call('coupons.get', { couponId: coupon.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await till.ok('cart.get', { cartId: cart.id })).coupon).toBeNull()
    const again = await till.ok('coupons.create', { code: 'GONE', kind: 'amount', value: 100 })
    expect(again.id).not.toBe(coupon.id)
  })
})
