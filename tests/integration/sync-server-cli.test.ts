import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { addressOf, runReceiver as startReceiver, type ReceiverProcess } from '../support/receiver-process'
import { DATABASE_URL, PG_SKIP_REASON } from '../support/sync-harness'

const TOKEN = 'cli-admin-token-123456'
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

function runReceiver(env: Record<string, string>): ReceiverProcess {
  const receiver = startReceiver(env)
  cleanups.push(receiver.kill)
  return receiver
}

async function checkServes(env: Record<string, string>, storage: RegExp): Promise<void> {
  const { firstLine } = runReceiver(env)
  const line = await firstLine
  expect(line).toMatch(storage)
  const url = addressOf(line)
  expect((await fetch(`${url}/v1/tills`)).status).toBe(401)
  const tills = await fetch(`${url}/v1/tills`, { headers: { authorization: `Bearer ${TOKEN}` } })
  expect(tills.status).toBe(200)
  expect(Array.isArray(((await tills.json()) as { tills: unknown[] }).tills)).toBe(true)
}

describe('npm run sync-server', () => {
  it("refuses to start without head office's token, or with only the shared token of before enrolment", async () => {
    for (const env of [{}, { SYNC_SERVER_TOKEN: 'shared-token-123' }, { SYNC_SERVER_ADMIN_TOKEN: 'short' }] as Array<Record<string, string>>) {
      const { firstLine, exit } = runReceiver(env)
      expect(await firstLine).toMatch(/Set SYNC_SERVER_ADMIN_TOKEN/)
      expect(await exit).toBe(2)
    }
  }, 20_000)

  it('serves on SQLite by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-cli-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    await checkServes({ SYNC_SERVER_ADMIN_TOKEN: TOKEN, SYNC_SERVER_DB: join(dir, 'r.sqlite') }, /storing in SQLite .*r\.sqlite$/)
  }, 20_000)

  it.skipIf(!DATABASE_URL)(
    `serves on PostgreSQL when DATABASE_URL is set${DATABASE_URL ? '' : ` (skipped: ${PG_SKIP_REASON})`}`,
    async () => {
      await checkServes({ SYNC_SERVER_ADMIN_TOKEN: TOKEN, DATABASE_URL }, /storing in PostgreSQL/)
    },
    20_000
  )
})
