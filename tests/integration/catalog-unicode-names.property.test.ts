import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { excelCsv } from '../../src/main/files/excel-csv'
import { LIMITS } from '../../src/shared/catalog'
import { looksLikeCardNumber } from '../../src/shared/free-text'
import { countCharacters } from '../../src/shared/text-length'
import { textProblem } from '../../src/shared/text-rules'
import { soak } from '../support/soak'
import { openTestTill, snapshotDatabase, type TestTill } from '../support/test-till'

let till: TestTill
beforeAll(() => {
  till = openTestTill()
})
afterAll(() => till.cleanup())

/**
 * Pieces of names as shops write them: letters of many scripts, stacked combining marks, decomposed
 * Hangul, the joiners Persian, Indic scripts and emoji need, emoji sequences with skin tones,
 * variation selectors and flags, and characters a spreadsheet reads as a formula start.
 */
const PIECES = [
  'Café',
  'Cafe\u0301',
  'Cre\u0300me',
  'a\u0323\u0302',
  'Z\u0351\u0352\u0353\u0354\u0355',
  'Crème Brûlée',
  'می\u200cخواهم',
  'क्\u200dष',
  'क्\u200cष',
  'ज्ञ',
  'ශ්\u200dරී',
  '\u1100\u1161\u11a8',
  '각',
  '乌龙茶',
  '抹茶ラテ',
  'ชาไทย',
  'קפה',
  'قهوة عربية',
  '👩\u200d💻',
  '👨\u200d👩\u200d👧\u200d👦',
  '👍🏽',
  '❤\ufe0f',
  '🇩🇪',
  '🏳️\u200d🌈',
  '\u{1F9D1}\u{1F3FF}\u200d\u{1F373}',
  '𝔉𝔯𝔞𝔨𝔱𝔲𝔯',
  '=SUM',
  '+',
  '-',
  '@home',
  "'quote",
  ' ',
  '·',
  '/'
]

/** A name a shop could type: pieces and any graphemes, none of the characters a name refuses, trimmed, within the limit. */
const shopName = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) }),
    {
      minLength: 1,
      maxLength: 12
    }
  )
  .map((parts) => parts.join('').trim())
  .filter((name) => name.length > 0 && name.length <= LIMITS.productName && textProblem(name) === null && !looksLikeCardNumber(name))

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

let sku = 0
const nextSku = () => `UNI-${++sku}`

async function importNames(names: readonly string[]) {
  const csv = excelCsv(
    ['name', 'sku', 'price'],
    names.map((name) => [name, nextSku(), '1.00'])
  )
  return till.ok('catalog.importCsv', { csv, mode: 'all-or-nothing', dryRun: false })
}

describe('names in any script, through the CSV import and Products', () => {
  it('come back exactly as written (joiners, combining marks, emoji sequences, formula starts), and a search for the name finds them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(shopName, { minLength: 1, maxLength: 10 }), async (names) => {
        const result = await importNames(names)
        expect(result).toMatchObject({ imported: true, errors: [], productCount: names.length })
        const stored = await Promise.all(result.productIds.map((id) => till.ok('catalog.getProduct', { id })))
        // Code unit for code unit: nothing normalized, joined, cut or dropped.
        expect(stored.map((product) => product.name)).toEqual(names)
        for (const name of names.filter((text) => /[\p{L}\p{N}]/u.test(text))) {
          const hits = await till.ok('catalog.search', { text: name.slice(0, LIMITS.searchText) })
          expect(hits.map((hit) => hit.productName)).toContain(name)
        }
      }),
      // Each run is an import in the worker thread (seconds under load): few runs, many names each
      // (15 in test:soak).
      { numRuns: soak(4, 15) }
    )
  }, 180_000)

  it('take a name of exactly the limit whole, and refuse one a character over with the reason, never cutting it; nothing is written', async () => {
    const pieces = PIECES.filter((piece) => piece.trim() === piece)
    // The limit counts characters as a reader sees them: 👩‍💻, 🇩🇪 and e with U+0301 are one each.
    const atLimit = pieces.map((piece) => {
      const start = [...graphemes.segment(piece.repeat(LIMITS.productName))]
        .slice(0, LIMITS.productName)
        .map((part) => part.segment)
        .join('')
        .trim()
      return start + 'x'.repeat(LIMITS.productName - countCharacters(start))
    })
    // Most of these are longer than the limit in code points, which the old rule refused.
    expect(atLimit.filter((name) => [...name].length > LIMITS.productName).length).toBeGreaterThan(10)
    const imported = await importNames(atLimit)
    const stored = await Promise.all(imported.productIds.map((id) => till.ok('catalog.getProduct', { id })))
    expect(stored.map((product) => product.name)).toEqual(atLimit)
    const before = await snapshotDatabase(till)
    const over = atLimit.map((name) => `${name}x`)
    const refused = await till.ok('catalog.importCsv', {
      csv: excelCsv(
        ['name', 'sku', 'price'],
        over.map((name) => [name, nextSku(), '1.00'])
      ),
      mode: 'all-or-nothing',
      dryRun: false
    })
    expect(refused.imported).toBe(false)
    expect(refused.errors).toEqual(
      over.map((_, index) => ({
        line: index + 2,
        column: 'name',
        reason: expect.objectContaining({
          params: expect.objectContaining({
            message: `Name is at most ${LIMITS.productName} characters`,
            rule: 'too_big',
            limit: LIMITS.productName,
            unit: 'characters'
          })
        })
      }))
    )
    expect(await snapshotDatabase(till)).toEqual(before)
  }, 60_000)
  it('are indexed for search at the end of an import exactly as the insert triggers index them, and the triggers are back as they were', async () => {
    const triggers = () => till.sqlite.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'products' ORDER BY name").all()
    const before = triggers()
    expect(before.length).toBeGreaterThanOrEqual(9)
    await fc.assert(
      fc.asyncProperty(fc.array(shopName, { minLength: 1, maxLength: 20 }), async (names) => {
        const { imported, productIds: ids } = await importNames(names)
        expect(imported).toBe(true)
        // With rank 1, FTS5 checks its index against the products table: a name missing or indexed twice fails.
        for (const index of ['products_fts', 'products_trigram'])
          till.sqlite.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run()
        const inList = ids.map(() => '?').join(', ')
        const grams = () =>
          till.sqlite.prepare(`SELECT gram, product_id FROM product_name_grams WHERE product_id IN (${inList}) ORDER BY product_id, gram`).all(...ids)
        const written = grams()
        // The update trigger writes each name's characters again, row by row, as the insert trigger does.
        till.sqlite.prepare(`UPDATE products SET name = name WHERE id IN (${inList})`).run(...ids)
        expect(grams()).toEqual(written)
      }),
      { numRuns: 8 }
    )
    expect(triggers()).toEqual(before)
    await importNames(['凍頂烏龍', 'ชาเขียวมะลิ'])
    // One character and two (product_name_grams), three or more (products_trigram), a whole word (products_fts).
    const finds: Array<[string, string]> = [
      ['頂', '凍頂烏龍'],
      ['烏龍', '凍頂烏龍'],
      ['เขียว', 'ชาเขียวมะลิ'],
      ['凍頂烏龍', '凍頂烏龍']
    ]
    for (const [text, name] of finds) expect((await till.ok('catalog.search', { text })).map((hit) => hit.productName)).toContain(name)
  }, 180_000)
})
