import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { BENCH_TIME_ZONE, buildDatabase } from '../../bench/build-database'
import { domainCheckout, floorLikeOneCheckout } from '../../bench/checkout-bench'
import { seededRandom } from '../../bench/data-shape'
import { manualClock } from '../../src/main/core/clock'
import { startTillpoint, type Tillpoint } from '../../src/main/tillpoint'

const open: Tillpoint[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const till of open.splice(0)) await till.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Every table's rows, to see which tables one checkout changed. */
function tables(sqlite: BetterSqlite3.Database): Map<string, string> {
  const names = sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%'`).all() as Array<{
    name: string
  }>
  return new Map(names.map(({ name }) => [name, JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}"`).all())]))
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name)).sort()
}

// The bench's checkout ratio only means something if its floor writes what a checkout writes: a
// feature that adds a row to every sale must add it to the floor too, or the ratio overstates.
describe('the checkout bench floor', () => {
  it('changes the same tables as a domain checkout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillpoint-floor-'))
    dirs.push(dir)
    const built = await buildDatabase({ path: join(dir, 'bench.sqlite'), orders: 500, products: 100, lastDay: '2026-03-01' })
    const clock = manualClock(built.lastOrderAt + 3_600_000)
    const till = startTillpoint({ dbPath: join(dir, 'bench.sqlite'), clock, logError: () => undefined })
    open.push(till)
    const random = seededRandom(3)
    const floor = await floorLikeOneCheckout(till, random, built.sellable, clock.now(), BENCH_TIME_ZONE)
    const sqlite = till.sqlite

    clock.advance(20_000)
    let before = tables(sqlite)
    await domainCheckout(till, random, built.sellable)
    const byDomain = changed(before, tables(sqlite))
    clock.advance(20_000)
    before = tables(sqlite)
    floor(random, built.sellable, clock)
    const byFloor = changed(before, tables(sqlite))

    expect(byDomain).toContain('orders')
    expect(byFloor).toEqual(byDomain)
  })
})
