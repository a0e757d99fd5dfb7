import BetterSqlite3 from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentDigest } from '../../src/main/backups/content-digest'

type Value = number | bigint | string | Buffer | null
type Row = [bigint, Value, Value]

const SCHEMA = `CREATE TABLE t (id INTEGER PRIMARY KEY, a ANY, b ANY) STRICT;
  CREATE TABLE k (x TEXT, y INTEGER, PRIMARY KEY (x, y)) WITHOUT ROWID;
  CREATE TABLE bag (v INTEGER)`

/** A database holding these rows, inserted in the given order, its pages laid out by that order. */
function databaseOf(rows: readonly Row[], order: readonly number[], bag: readonly number[]): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(':memory:')
  sqlite.defaultSafeIntegers(true)
  sqlite.exec(SCHEMA)
  const insert = sqlite.prepare('INSERT INTO t (id, a, b) VALUES (?, ?, ?)')
  for (const index of order) insert.run(...rows[index]!)
  const key = sqlite.prepare('INSERT INTO k (x, y) VALUES (?, ?)')
  for (const index of order) key.run(`key ${rows[index]![0]}`, rows[index]![0])
  const inBag = sqlite.prepare('INSERT INTO bag (v) VALUES (?)')
  for (const value of bag) inBag.run(value)
  return sqlite
}

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.constant(null),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  fc.string(),
  fc.uint8Array({ maxLength: 8 }).map((bytes) => Buffer.from(bytes))
)

const table = fc
  .uniqueArray(fc.bigInt({ min: 1n, max: 10_000n }), { minLength: 1, maxLength: 30 })
  .chain((ids) => fc.tuple(fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), value, value))), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 10 })))
  .chain(([rows, bag]) => fc.tuple(fc.constant(rows as Row[]), fc.shuffledSubarray([...rows.keys()], { minLength: rows.length }), fc.constant(bag)))

describe('the content digest of a database', () => {
  it('depends on what is stored, not on the order it was written in', () => {
    fc.assert(
      fc.property(table, ([rows, order, bag]) => {
        const written = databaseOf(rows, order, bag)
        const inIdOrder = databaseOf(rows, [...rows.keys()], [...bag].reverse())
        try {
          expect(contentDigest(written)).toBe(contentDigest(inIdOrder))
        } finally {
          written.close()
          inIdOrder.close()
        }
      }),
      { numRuns: 60 }
    )
  })

  it('changes when any one stored value changes, even to an equal value of another type', () => {
    fc.assert(
      fc.property(table, fc.nat(), fc.boolean(), ([rows, order, bag], pick, second) => {
        const sqlite = databaseOf(rows, order, bag)
        try {
          const before = contentDigest(sqlite)
          const [id, a, b] = rows[pick % rows.length]!
          const old = second ? b : a
          const changed: Value =
            typeof old === 'bigint' ? Number(old) + 0.5 : typeof old === 'number' ? String(old) : typeof old === 'string' ? Buffer.from(old) : 1n
          sqlite.prepare(`UPDATE t SET ${second ? 'b' : 'a'} = ? WHERE id = ?`).run(changed, id)
          expect(contentDigest(sqlite)).not.toBe(before)
        } finally {
          sqlite.close()
        }
      }),
      { numRuns: 60 }
    )
  })

  it('changes with the schema, a row of a table without a key, and a deleted row', () => {
    const sqlite = databaseOf(
      [
        [1n, 'x', null],
        [2n, 1n, 2.5]
      ],
      [1, 0],
      [3, 3]
    )
    try {
      const seen = new Set([contentDigest(sqlite)])
      sqlite.exec('CREATE INDEX t_a ON t (a)')
      seen.add(contentDigest(sqlite))
      sqlite.exec('INSERT INTO bag (v) VALUES (3)')
      seen.add(contentDigest(sqlite))
      sqlite.exec('DELETE FROM t WHERE id = 1')
      seen.add(contentDigest(sqlite))
      expect(seen.size).toBe(4)
    } finally {
      sqlite.close()
    }
  })
})
