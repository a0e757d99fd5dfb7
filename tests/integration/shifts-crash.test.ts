import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { zReportFromStored, type StoredZReport } from '../../src/main/shifts/z-stored'
import { openTestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { recomputeShift } from '../support/shift-recompute'
import { soak } from '../support/soak'

const ROOT = resolve(__dirname, '../..')
const LOOP = join(ROOT, 'tests/support/shift-loop.ts')
// Two kills in the everyday run, five under `npm run test:soak`.
const KILLS = soak(2, 5)
const dir = mkdtempSync(join(tmpdir(), 'tillpoint-shift-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Starts the shift loop, lets it run a moment after its first Z, then SIGKILLs it (mid-close or not). */
function runAndKill(dbPath: string, runForMs: number): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOOP, dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    let stdout = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (stdout.includes('ready')) setTimeout(() => child.kill('SIGKILL'), runForMs)
    })
    child.on('error', fail)
    child.on('exit', (_code, signal) => done({ signal, stderr }))
  })
}

describe('a till killed while closing shifts', () => {
  it('keeps Z numbers without gaps, every closed shift with its one Z, and every Z equal to its shift rows', async () => {
    const seeding = openTestTill({ dir })
    await seedProducts(seeding.context, [{ name: 'Apple', price: 120, stock: 1_000_000, taxRateBp: 500 }])
    await seeding.close()

    for (let kill = 0; kill < KILLS; kill += 1) {
      const { signal, stderr } = await runAndKill(seeding.dbPath, 150 + kill * 170)
      expect(stderr).toBe('')
      expect(signal).toBe('SIGKILL')
    }

    const till = openTestTill({ dir })
    try {
      const db = till.context.db
      const zs = await db.selectFrom('z_reports').select(['number', 'shift_id', 'report']).orderBy('number').execute()
      expect(zs.length).toBeGreaterThanOrEqual(KILLS)
      expect(zs.map((z) => z.number)).toEqual(zs.map((_, index) => index + 1))
      const shifts = await db.selectFrom('shifts').select(['id', 'status', 'z_number']).orderBy('id').execute()
      expect(shifts.filter((shift) => shift.status === 'open').length).toBeLessThanOrEqual(1)
      for (const shift of shifts.filter((s) => s.status === 'closed')) {
        expect(zs.find((z) => z.shift_id === shift.id)?.number).toBe(shift.z_number)
      }
      expect(shifts.filter((s) => s.status === 'closed')).toHaveLength(zs.length)
      for (const z of zs) expect(zReportFromStored(JSON.parse(z.report) as StoredZReport)).toMatchObject(await recomputeShift(db, z.shift_id))
      // Every sale sits in a shift: none was lost between a close and the next open.
      expect(await db.selectFrom('orders').select('id').where('shift_id', 'is', null).execute()).toEqual([])
    } finally {
      await till.cleanup()
    }
  }, 120_000)
})
