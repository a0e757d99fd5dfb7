import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsvRecords } from '../../src/main/catalog/csv-records'
import { excelCsv, neutralizeCell, restoreCell } from '../../src/main/files/excel-csv'

describe('CSV that Excel opens safely', () => {
  it('neutralize cells a spreadsheet would run as formulas, and only those', () => {
    expect(['=SUM(A1)', '+1', '-cmd', '@x', '\tx', '\rx', "'=x"].map(neutralizeCell)).toEqual(["'=SUM(A1)", "'+1", "'-cmd", "'@x", "'\tx", "'\rx", "''=x"])
    expect(['Tea', '-5.00', '-5', "'plain", ''].map(neutralizeCell)).toEqual(['Tea', '-5.00', '-5', "'plain", ''])
  })

  it('start with a BOM and end lines with CRLF', () => {
    expect(excelCsv(['name'], [['=1+1']])).toBe("\uFEFFname\r\n'=1+1\r\n")
  })

  it('read back exactly what was written, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
        async (rows) => {
          const written = excelCsv(['a', 'b'], rows)
          const records = await parseCsvRecords(written, ',', () => undefined)
          expect(records.slice(1).map((record) => record.cells)).toEqual(rows)
        }
      ),
      { numRuns: 300 }
    )
    expect(['=x', "'=x", "''-y", 'plain'].map((cell) => restoreCell(neutralizeCell(cell)))).toEqual(['=x', "'=x", "''-y", 'plain'])
  })
})
