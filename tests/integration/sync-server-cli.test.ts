import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_URL, PG_SKIP_REASON } from '../support/sync-harness'

const ROOT = join(__dirname, '../..')
const TOKEN = 'cli-token-123456'
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

/** Runs the receiver exactly as `npm run sync-server` does (tsx src/sync-server/main.ts). */
function runReceiver(env: Record<string, string>): { firstLine: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sync-server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', SYNC_SERVER_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  cleanups.push(() => child.kill('SIGKILL'))
  const lines = createInterface({ input: child.stdout! })
  const errors = createInterface({ input: child.stderr! })
  const firstLine = new Promise<string>((resolve) => {
    lines.once('line', resolve)
    errors.once('line', resolve)
  })
  return { firstLine, exit: new Promise((resolve) => child.once('exit', resolve)) }
}

async function checkServes(env: Record<string, string>, storage: RegExp): Promise<void> {
  const { firstLine } = runReceiver(env)
  const line = await firstLine
  expect(line).toMatch(storage)
  const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1] as string
  expect((await fetch(`${url}/v1/tills`)).status).toBe(401)
  const tills = await fetch(`${url}/v1/tills`, { headers: { authorization: `Bearer ${TOKEN}` } })
  expect(tills.status).toBe(200)
  expect(Array.isArray(((await tills.json()) as { tills: unknown[] }).tills)).toBe(true)
}

describe('npm run sync-server', () => {
  it('refuses to start without a token', async () => {
    const { firstLine, exit } = runReceiver({})
    expect(await firstLine).toMatch(/Set SYNC_SERVER_TOKEN/)
    expect(await exit).toBe(2)
  })

  it('serves on SQLite by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-cli-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    await checkServes({ SYNC_SERVER_TOKEN: TOKEN, SYNC_SERVER_DB: join(dir, 'r.sqlite') }, /storing in SQLite .*r\.sqlite$/)
  }, 20_000)

  it.skipIf(!DATABASE_URL)(`serves on PostgreSQL when DATABASE_URL is set${DATABASE_URL ? '' : ` (skipped: ${PG_SKIP_REASON})`}`, async () => {
    await checkServes({ SYNC_SERVER_TOKEN: TOKEN, DATABASE_URL }, /storing in PostgreSQL/)
  }, 20_000)
})
