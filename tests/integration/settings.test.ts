import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

describe('shop settings', () => {
  it('start from defaults on a new database', async () => {
    const settings = await till.ok('settings.get')
    expect(settings).toMatchObject({ currency: 'USD', currencyDigits: 2, taxMode: 'exclusive', setupComplete: false })
  })

  it('save a valid change, derive the currency digits and announce it', async () => {
    const events = till.recordEvents()
    const saved = await till.ok('settings.update', { shopName: 'Corner Café', currency: 'jpy', taxMode: 'inclusive', timeZone: 'Asia/Tokyo' })
    expect(saved).toMatchObject({ shopName: 'Corner Café', currency: 'JPY', currencyDigits: 0, taxMode: 'inclusive' })
    expect(await till.ok('settings.get')).toEqual(saved)
    expect(events).toEqual([{ name: 'settings.changed', payload: { settings: saved } }])
    expect((await till.ok('settings.update', { currency: 'KWD' })).currencyDigits).toBe(3)
  })

  it('keep the tax number and a footer of several lines as typed, trimmed', async () => {
    const saved = await till.ok('settings.update', { taxNumber: '  GB 123 4567 89 ', receiptFooter: 'Returns within 30 days\r\n\r\nThank you!' })
    expect(saved).toMatchObject({ taxNumber: 'GB 123 4567 89', receiptFooter: 'Returns within 30 days\r\n\r\nThank you!' })
  })

  it.each([
    [{ currency: 'XYZ1' }, 'currency'],
    [{ currency: 'ABC' }, 'currency'],
    [{ locale: 'not a locale!' }, 'locale'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ taxMode: 'sometimes' }, 'taxMode'],
    [{ orderPrefix: 'TOO-LONG-PREFIX' }, 'orderPrefix'],
    [{ holdMinutes: 1.5 }, 'holdMinutes'],
    [{ holdMinutes: -10 }, 'holdMinutes'],
    [{ shopName: '' }, 'shopName'],
    [{ shopName: 'x'.repeat(500) }, 'shopName'],
    [{ taxNumber: 'x'.repeat(41) }, 'taxNumber'],
    [{ taxNumber: 'FR 40\n303' }, 'taxNumber'],
    [{ taxNumber: 'FR\t40' }, 'taxNumber'],
    [{ receiptFooter: 'one\ntwo\nthree\nfour\nfive\nsix\nseven' }, 'receiptFooter'],
    [{ receiptFooter: 'x'.repeat(301) }, 'receiptFooter'],
    [{ receiptFooter: 'Thanks\u0007' }, 'receiptFooter'],
    [{ unknownField: true }, ''],
    ['not an object', '']
  ])('refuse %j with VALIDATION and keep the database unchanged', async (patch, path) => {
    await till.ok('settings.update', { shopName: 'Before' })
    const before = await snapshotDatabase(till)
    const result = await till.call('settings.update', patch as never)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.issues?.some((issue) => issue.path === path)).toBe(true)
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})
