import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { protocolSchemas } from '../../src/sync-server/protocol-schemas'
import { simpleProduct } from '../support/catalog-fixtures'
import { addressOf, runReceiver, type ReceiverProcess } from '../support/receiver-process'
import { allSent, FAST_SYNC, waitUntil } from '../support/sync-harness'
import { openTestTill, type TestTill } from '../support/test-till'

const ADMIN = 'head-office-admin-token-42'
const SHARED = 'the-old-shared-token'
let dir: string
let receiver: ReceiverProcess
let url: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tillpoint-enrol-'))
  receiver = runReceiver({
    SYNC_SERVER_ADMIN_TOKEN: ADMIN,
    SYNC_SERVER_TOKEN: SHARED,
    SYNC_SERVER_DB: join(dir, 'receiver.sqlite'),
    SYNC_SERVER_RATE: '10',
    SYNC_SERVER_REQUEST_TIMEOUT_MS: '500'
  })
  url = addressOf(await receiver.firstLine)
}, 20_000)
afterAll(() => {
  receiver.kill()
  rmSync(dir, { recursive: true, force: true })
})

async function call(path: string, token: string | null, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' }
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers }
}

const schemas = protocolSchemas()

async function enrol(tillId: string): Promise<{ status: number; secret: string; rotated: boolean }> {
  const { status, body } = await call(`/v1/tills/${tillId}/enrolment`, ADMIN, { method: 'POST' })
  expect(schemas.validate('enrolment.json', body)).toEqual([])
  return { status, secret: body.secret as string, rotated: body.rotated as boolean }
}

async function syncedTill(token: string): Promise<TestTill> {
  const till = openTestTill({ sync: FAST_SYNC })
  await till.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA' }))
  await till.ok('sync.configure', { enabled: true, url, token })
  return till
}

async function drained(till: TestTill): Promise<void> {
  await waitUntil('the outbox to drain', async () => allSent(await till.ok('sync.now')), 10_000)
}

async function heldBy(tillId: string): Promise<number> {
  const { body } = await call(`/v1/tills/${tillId}/events`, ADMIN)
  return (body.events as unknown[]).length
}

describe('a till enrolled at the reference receiver (a real `npm run sync-server` process)', () => {
  it('gets its own secret once, pushes with it, reads only itself, and cannot act as another till', async () => {
    const first = openTestTill({ sync: FAST_SYNC })
    const firstId = (await first.ok('sync.status')).tillId
    const second = openTestTill({ sync: FAST_SYNC })
    const secondId = (await second.ok('sync.status')).tillId
    try {
      const a = await enrol(firstId)
      expect(a).toMatchObject({ status: 201, rotated: false })
      expect(a.secret).toMatch(/^tps_[A-Za-z0-9_-]{43}$/)
      const b = await enrol(secondId)
      await first.ok('catalog.createProduct', simpleProduct('Tea', { sku: 'TEA' }))
      await first.ok('sync.configure', { enabled: true, url, token: a.secret })
      await drained(first)
      expect(await heldBy(firstId)).toBe(1)

      // Reads: its own events and summary only.
      expect((await call(`/v1/tills/${firstId}/events`, a.secret)).status).toBe(200)
      expect((await call(`/v1/tills/${secondId}/events`, a.secret)).status).toBe(403)
      expect(((await call('/v1/tills', a.secret)).body.tills as Array<{ tillId: string }>).map((till) => till.tillId)).toEqual([firstId])
      // Writes: a batch naming another till is refused, so the second till's seq numbers stay its own.
      const forged = {
        tillId: secondId,
        events: [
          {
            eventId: '019cadc6-9a80-7775-81e8-3f35f0f1eb84',
            seq: 1,
            type: 'stock.changed',
            occurredAt: new Date(0).toISOString(),
            payload: { variants: [{ variantId: 1, productId: 1, sku: 'TEA', stock: 4 }] }
          }
        ]
      }
      expect((await call('/v1/events', a.secret, { method: 'POST', body: JSON.stringify(forged) })).status).toBe(403)
      const own = await call('/v1/events', b.secret, { method: 'POST', body: JSON.stringify(forged) })
      expect(own).toMatchObject({ status: 200, body: { acks: [{ status: 'accepted' }] } })
      // Head office reads every till, enrols, and pushes nothing.
      expect(((await call('/v1/tills', ADMIN)).body.tills as Array<{ tillId: string }>).map((till) => till.tillId).sort()).toEqual([firstId, secondId].sort())
      expect((await call('/v1/events', ADMIN, { method: 'POST', body: JSON.stringify(forged) })).status).toBe(403)
      expect((await call(`/v1/tills/${firstId}/enrolment`, a.secret, { method: 'POST' })).status).toBe(403)

      // A new enrolment replaces the secret: the old one stops working at once.
      const again = await enrol(firstId)
      expect(again).toMatchObject({ status: 200, rotated: true })
      expect((await call(`/v1/tills/${firstId}/events`, a.secret)).status).toBe(401)
      expect((await call(`/v1/tills/${firstId}/events`, again.secret)).status).toBe(200)
      // Revoked: nothing works with it any more.
      expect((await call(`/v1/tills/${secondId}/enrolment`, ADMIN, { method: 'DELETE' })).status).toBe(200)
      expect((await call(`/v1/tills/${secondId}/events`, b.secret)).status).toBe(401)

      // Stored hashed: the receiver's file holds SHA-256 of each secret, never the secret.
      const files = ['receiver.sqlite', 'receiver.sqlite-wal'].map((name) => {
        try {
          return readFileSync(join(dir, name)).toString('latin1')
        } catch {
          return ''
        }
      })
      for (const secret of [a.secret, again.secret, b.secret]) for (const file of files) expect(file.includes(secret)).toBe(false)
      const held = new BetterSqlite3(join(dir, 'receiver.sqlite'), { readonly: true })
      const hashes = held.prepare('SELECT secret_hash FROM till_credentials WHERE till_id = ?').pluck().all(firstId)
      held.close()
      expect(hashes).toEqual([createHash('sha256').update(again.secret).digest('hex')])
    } finally {
      await first.cleanup()
      await second.cleanup()
    }
  }, 30_000)

  it('moves a till from the shared token to its own secret without losing or repeating an event', async () => {
    const till = await syncedTill(SHARED)
    try {
      const tillId = (await till.ok('sync.status')).tillId
      await drained(till)
      expect(await heldBy(tillId)).toBe(1)
      // Readers need a real credential: the shared token only ever pushed.
      expect((await call('/v1/tills', SHARED)).status).toBe(403)
      const { secret } = await enrol(tillId)
      // Enrolled: the shared token no longer speaks for this till; its sales wait, kept.
      await till.ok('stock.adjust', { variantId: 1, delta: 3, reason: 'received' })
      const refused = await till.ok('sync.now')
      expect(refused).toMatchObject({ phase: 'failing', waiting: 1 })
      expect(refused.lastError).toContain('HTTP 403')
      await till.ok('sync.configure', { token: secret })
      await drained(till)
      const { body } = await call(`/v1/tills/${tillId}/events`, ADMIN)
      expect((body.events as Array<{ seq: number }>).map((event) => event.seq)).toEqual([1, 2])
    } finally {
      await till.cleanup()
    }
  }, 30_000)

  it('answers 400 to malformed URL encoding and a path that is no URL, not 500', async () => {
    for (const path of ['/v1/tills/%E0%A4%A/events', '/v1/tills/%zz/events', '/v1/tills/%/enrolment']) {
      const answer = await call(path, ADMIN)
      expect(answer.status).toBe(400)
      expect(schemas.validate('error.json', answer.body)).toEqual([])
    }
  })

  it('limits requests per credential (429 with Retry-After), one credential not slowing another', async () => {
    const { secret } = await enrol('5e1c2a9e-1b2c-4d3e-8f40-123456789abc')
    const answers = await Promise.all(Array.from({ length: 60 }, () => call('/v1/tills', secret)))
    const limited = answers.filter((answer) => answer.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(30)
    expect((await call('/v1/tills', ADMIN)).status).toBe(200)
    // Wrong tokens are limited by address: guessing does not go faster than the rate.
    const guesses = await Promise.all(Array.from({ length: 60 }, (_, index) => call('/v1/tills', `guess-${index}`)))
    expect(guesses.some((guess) => guess.status === 429)).toBe(true)
  })

  it('closes the connection of a client that sends its request too slowly', async () => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1')
    const answer = new Promise<string>((resolve) => {
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString()))
      socket.on('close', () => resolve(text))
    })
    socket.write(`POST /v1/events HTTP/1.1\r\nHost: receiver\r\nAuthorization: Bearer ${ADMIN}\r\nContent-Length: 100\r\n\r\n{"tillId":`)
    // The rest of the body never comes: the receiver gives up after its request timeout.
    expect(await answer).toMatch(/^HTTP\/1\.1 408/)
  }, 15_000)
})

describe('the till refuses plain http:// to another machine unless the shopkeeper accepts the risk', () => {
  it('takes https:// and http://localhost, refuses http://192.168.1.5 until allowInsecureHttp, and says so', async () => {
    const till = openTestTill({ sync: FAST_SYNC })
    try {
      for (const address of ['https://sync.example.com', 'http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787']) {
        expect(await till.call('sync.configure', { url: address })).toMatchObject({ ok: true })
      }
      const refused = await till.call('sync.configure', { url: 'http://192.168.1.5:8787' })
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'url' }] } })
      expect((await till.ok('sync.status')).endpoint).toBe('http://[::1]:8787')
      expect(await till.ok('sync.configure', { url: 'http://192.168.1.5:8787', allowInsecureHttp: true })).toMatchObject({
        endpoint: 'http://192.168.1.5:8787',
        allowInsecureHttp: true
      })
      expect(await till.call('sync.configure', { allowInsecureHttp: false })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    } finally {
      await till.cleanup()
    }
  })

  it('stops sending for a till that synced over http:// to another machine before this rule, until accepted', async () => {
    const till = await syncedTill(SHARED)
    try {
      await till.context.db.updateTable('sync_state').set({ endpoint: 'http://192.0.2.10:8787' }).execute()
      const status = await till.ok('sync.now')
      expect(status).toMatchObject({ phase: 'failing', waiting: 1 })
      expect(status.lastError).toMatch(/^Nothing is sent: the address uses plain http:\/\//)
    } finally {
      await till.cleanup()
    }
  })
})
