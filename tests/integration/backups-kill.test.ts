import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { listBackups } from '../../src/main/backups/backup-files'
import type { BackupProgress } from '../../src/shared/backups'
import { openTestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'

const ROOT = resolve(__dirname, '../..')
const CHILD = join(ROOT, 'tests/support/backup-child.ts')
const dir = mkdtempSync(join(tmpdir(), 'tillpoint-backup-kill-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Runs a backup in a child process and SIGKILLs it at its `nth` progress report of `phase` (the
 * first copy report is the service's own as the backup starts, the second one of the worker's steps).
 */
function killDuring(dbPath: string, phase: BackupProgress['phase'], nth: number): Promise<{ signal: NodeJS.Signals | null; seen: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let seen = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = stdout.split('\n').filter((line) => line.startsWith(`progress ${phase} `))[nth - 1]
      if (match && !seen) {
        seen = match
        child.kill('SIGKILL')
      }
    })
    child.on('error', fail)
    child.on('exit', (_code, signal) => done({ signal, seen, stderr }))
  })
}

describe('a till killed in the middle of a backup', () => {
  it('lists no backup from a copy killed while copying or while checking it, and the next backup succeeds', async () => {
    const seeding = openTestTill({ dir })
    const products = await seedProducts(
      seeding.context,
      Array.from({ length: 300 }, (_, index) => ({ name: `Product ${index}`, price: 100 + index, stock: 1_000_000 }))
    )
    for (let sale = 0; sale < 40; sale += 1) await sellAtCounter(seeding, [{ variantId: products[sale % products.length]!.variantId }])
    const folder = seeding.services.backups.folder
    await seeding.close()

    // 40 MB more, so the copy (one page a step) and the integrity check of the copy take long
    // enough that the kill lands inside them, whatever the machine's load
    const padding = new BetterSqlite3(join(dir, 'till.sqlite'))
    padding.exec('CREATE TABLE padding (bytes BLOB)')
    for (let block = 0; block < 40; block += 1) padding.prepare('INSERT INTO padding VALUES (randomblob(1048576))').run()
    padding.close()

    for (const [phase, nth] of [
      ['copy', 2],
      ['check', 1]
    ] as const) {
      const { signal, seen, stderr } = await killDuring(join(dir, 'till.sqlite'), phase, nth)
      expect(stderr).toBe('')
      expect(seen, `killed during ${phase}`).not.toBe('')
      expect(signal).toBe('SIGKILL')
      expect(await listBackups(folder, 'local')).toEqual([])
      // what the kill left is only a partial file and its journal (never a name a backup is listed under)
      for (const name of readdirSync(folder)) expect(name, phase).toMatch(/\.partial(-journal)?$/)
    }

    const till = openTestTill({ dir })
    try {
      await till.services.backups.start()
      expect(readdirSync(folder)).toEqual([])
      const { local } = await till.ok('backups.now')
      expect((await till.ok('backups.list')).map((entry) => entry.id)).toEqual([local.id])
      expect(local.counts).toMatchObject({ orders: 40, products: 300 })
    } finally {
      await till.cleanup()
    }
    // three backups of a 40 MB file one page a step, two of them in child processes that load tsx:
    // about 20-30 s on the shared 2-core machine under load, so more than the default 30 s to finish
  }, 120_000)
})
