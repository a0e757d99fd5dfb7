import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { zReportFromStored, type StoredZReport } from '../../src/main/shifts/z-stored'
import { runAndKill } from '../support/kill-child'
import { openTestTill } from '../support/test-till'
import { seedProducts } from '../support/seed-products'
import { recomputeShift } from '../support/shift-recompute'
import { soak } from '../support/soak'

// Two kills in the everyday run, five under `npm run test:soak`.
const KILLS = soak(2, 5)
const dir = mkdtempSync(join(tmpdir(), 'tillpoint-shift-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a till killed while closing shifts', () => {
  it('keeps Z numbers without gaps, every closed shift with its one Z, and every Z equal to its shift rows', async () => {
    const seeding = openTestTill({ dir })
    await seedProducts(seeding.context, [{ name: 'Apple', price: 120, stock: 1_000_000, taxRateBp: 500 }])
    await seeding.close()

    for (let kill = 0; kill < KILLS; kill += 1) {
      const { signal, stderr } = await runAndKill('shift-loop.ts', seeding.dbPath, 150 + kill * 170)
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
