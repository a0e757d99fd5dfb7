import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/shared/contract'
import { AppError } from '../../src/main/core/app-error'
import { createDispatcher } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { openTestTill, type TestTill } from '../support/test-till'

let till: TestTill
beforeEach(() => {
  till = openTestTill()
})
afterEach(() => till.cleanup())

describe('the IPC helper', () => {
  it('has a handler for every channel of the contract, and nothing else', () => {
    expect(Object.keys(createHandlers(till.context, till.services)).sort()).toEqual([...CHANNELS].sort())
  })

  it('answers an unknown channel with NOT_FOUND', async () => {
    expect(await till.dispatch('settings.drop', { input: {} }, 1)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  it.each([[undefined], [null], [{ input: {}, extra: 1 }], [{ input: {}, approval: { staffId: 'owner' } }]])(
    'refuses a malformed request %j without running anything',
    async (request) => {
      const result = await till.dispatch('settings.get', request, 1)
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
  )

  it('turns an AppError into data, and an unexpected crash into INTERNAL without its stack', async () => {
    const logged: unknown[] = []
    const handlers = createHandlers(till.context, till.services)
    const dispatch = createDispatcher(
      {
        ...handlers,
        'settings.get': async () => {
          throw new AppError('CONFLICT', 'Busy elsewhere.', { details: { why: 'test' } })
        },
        'settings.update': async () => {
          throw new Error('disk on fire at /secret/path')
        }
      },
      till.services.staff,
      { logError: (_channel, error) => logged.push(error) }
    )
    expect(await dispatch('settings.get', { input: {} }, 1)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Busy elsewhere.', details: { why: 'test' } }
    })
    const crash = await dispatch('settings.update', { input: {} }, 1)
    expect(crash).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(crash)).not.toContain('/secret/path')
    expect(logged).toHaveLength(1)
  })
})
