import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

describe('language settings', () => {
  it('the screen follows the system and receipts print in English until told otherwise', async () => {
    expect(await till.ok('settings.till')).toEqual({ screenLanguage: 'system', customerDisplay: false })
    expect((await till.ok('settings.get')).receiptLanguage).toBe('en')
  })

  it('the screen language is the till’s, the receipt language the shop’s: each saved on its own and announced', async () => {
    const events = till.recordEvents()
    expect(await till.ok('settings.updateTill', { screenLanguage: 'ar' })).toEqual({ screenLanguage: 'ar', customerDisplay: false })
    const shop = await till.ok('settings.update', { receiptLanguage: 'de' })
    expect(shop.receiptLanguage).toBe('de')
    expect(await till.ok('settings.till')).toEqual({ screenLanguage: 'ar', customerDisplay: false })
    expect(events.map((event) => event.name)).toEqual(['settings.tillChanged', 'settings.changed'])
  })

  it('a key sent as undefined leaves the till setting as it was (the fuzz found it answered INTERNAL)', async () => {
    await till.ok('settings.updateTill', { screenLanguage: 'de' })
    expect(await till.ok('settings.updateTill', { screenLanguage: undefined })).toEqual({ screenLanguage: 'de', customerDisplay: false })
  })

  it.each([[{ screenLanguage: 'nl' }], [{ screenLanguage: 'en', extra: 1 }], ['de']])('refuses the till setting %j, writing nothing', async (patch) => {
    const before = await snapshotDatabase(till)
    const result = await till.call('settings.updateTill', patch as never)
    expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION')
    expect(await snapshotDatabase(till)).toEqual(before)
  })

  it('refuses a receipt language Tillpoint does not speak, writing nothing', async () => {
    const before = await snapshotDatabase(till)
    const result = await till.call('settings.update', { receiptLanguage: 'it' } as never)
    expect(result.ok ? 'ok' : result.error.issues?.[0]?.path).toBe('receiptLanguage')
    expect(await snapshotDatabase(till)).toEqual(before)
  })
})

describe('a till setting sent as undefined', () => {
  it('is left as it was', async () => {
    await till.ok('settings.updateTill', { screenLanguage: 'fr' })
    expect(await till.ok('settings.updateTill', { screenLanguage: undefined })).toEqual({ screenLanguage: 'fr', customerDisplay: false })
  })
})
