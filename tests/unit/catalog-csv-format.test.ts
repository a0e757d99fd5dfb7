import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectDecimalMark, formatDecimalAmount, formatTaxPercent, parseCount, parseDecimalAmount, parseTaxPercent } from '../../src/main/catalog/csv-format'
import { decodeCsvBytes } from '../../src/main/catalog/csv-decode'
import { parseCsvRecords } from '../../src/main/catalog/csv-records'
import { optionCombinations, variantLabel } from '../../src/shared/catalog'

describe('CSV amounts', () => {
  it.each([
    ['2.50', 2, 250],
    ['2.5', 2, 250],
    ['2', 2, 200],
    ['0.07', 2, 7],
    ['19.99', 2, 1999],
    ['0.1', 2, 10],
    ['1.10', 2, 110],
    ['250', 0, 250],
    ['250.00', 0, 250],
    ['1.250', 3, 1250],
    ['2.500', 2, 250],
    ['9999999999.99', 2, 999_999_999_999],
    ['$2', 2, 200],
    [' 2', 2, 200],
    ['1,234.50', 2, 123_450],
    ['€ 3.10', 2, 310]
  ])('read %s with %i digits as %i minor units', (text, digits, minor) => {
    expect(parseDecimalAmount(text, digits)).toEqual({ value: minor })
  })

  it.each([
    ['2,50', 250],
    ['1.234,50', 123_450],
    ['3 €', 300],
    ['0,07', 7]
  ])('read %s with a decimal comma as %i minor units', (text, minor) => {
    expect(parseDecimalAmount(text, 2, 'comma')).toEqual({ value: minor })
  })

  it.each([['-1'], ['2.505'], ['1,50'], ['2.5.0'], ['1e3'], [''], ['.5'], ['99999999999999'], ['1,2,3']])('refuse %j', (text) => {
    expect(parseDecimalAmount(text, 2)).toHaveProperty('error')
  })

  it('tell the decimal mark from the amounts, and from the locale when they do not say', () => {
    expect(detectDecimalMark(['2,50', '1.234,00', '3'], 'en-US')).toBe('comma')
    expect(detectDecimalMark(['2.50', '1,234.00'], 'de-DE')).toBe('point')
    expect(detectDecimalMark(['3', '1.234'], 'de-DE')).toBe('comma')
    expect(detectDecimalMark(['3', '1,234'], 'en-GB')).toBe('point')
  })

  it('write and read back every amount exactly, for every digit count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.constantFrom(0, 2, 3), (minor, digits) => {
        expect(parseDecimalAmount(formatDecimalAmount(minor, digits), digits)).toEqual({ value: minor })
      })
    )
    expect(formatDecimalAmount(5, 2)).toBe('0.05')
    expect(formatDecimalAmount(1250, 3)).toBe('1.250')
  })
})

describe('CSV tax rates and counts', () => {
  it('read percentages as basis points and write them back', () => {
    expect(parseTaxPercent('20')).toEqual({ value: 2000 })
    expect(parseTaxPercent('5.5')).toEqual({ value: 550 })
    expect(parseTaxPercent('7.25%')).toEqual({ value: 725 })
    expect(parseTaxPercent('100')).toEqual({ value: 10_000 })
    expect(parseTaxPercent('100.5')).toHaveProperty('error')
    expect(parseTaxPercent('5.125')).toHaveProperty('error')
    for (const basisPoints of [0, 550, 725, 2000, 10_000, 1]) {
      expect(parseTaxPercent(formatTaxPercent(basisPoints))).toEqual({ value: basisPoints })
    }
    expect(formatTaxPercent(550)).toBe('5.5')
  })

  it('read counts, blank as zero', () => {
    expect(parseCount('')).toEqual({ value: 0 })
    expect(parseCount('12')).toEqual({ value: 12 })
    expect(parseCount('-1')).toHaveProperty('error')
    expect(parseCount('1.5')).toHaveProperty('error')
  })
})

describe('CSV line numbers', () => {
  it('give the first line of each record across CRLF, blank lines, a BOM and quoted line breaks', async () => {
    const csv = '\uFEFFa,b\r\n"x\r\ny",é\r\n\r\n\r\nc,d\r\ne,f'
    const records = await parseCsvRecords(csv, ',', () => undefined)
    expect(records.map((record) => record.line)).toEqual([1, 2, 6, 7])
    expect(records[1]?.cells).toEqual(['x\r\ny', 'é'])
  })

  it('count reading progress in rows of the file, rising to all of them, whatever its line breaks', async () => {
    const row = (index: number) => `Item ${index},"A long description to make the file span several slices of the parser, ${'x'.repeat(60)}"`
    for (const [lineBreak, finalBreak] of [
      ['\n', true],
      ['\r\n', false],
      ['\r', true]
    ] as const) {
      const rows = Array.from({ length: 4_000 }, (_, index) => row(index))
      const csv = ['name,note', ...rows].join(lineBreak) + (finalBreak ? lineBreak : '')
      const seen: Array<[number, number]> = []
      const records = await parseCsvRecords(csv, ',', (done, total) => seen.push([done, total]))
      expect(records).toHaveLength(4_001)
      expect(new Set(seen.map(([, total]) => total))).toEqual(new Set([4_000]))
      const done = seen.map(([count]) => count)
      expect(done).toEqual([...done].sort((a, b) => a - b))
      expect(done.at(-1)).toBe(4_000)
      expect(done.some((count) => count > 0 && count < 4_000)).toBe(true)
    }
    // A quoted line break is a line more, not a row: the count still ends at the file's lines.
    const seen: number[] = []
    await parseCsvRecords('a,b\n"x\ny",z\nc,d', ',', (done) => seen.push(done))
    expect(seen.at(-1)).toBe(3)
  })
})

describe('variant combinations', () => {
  it('make every combination in option order and label it', () => {
    const options = [
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue', 'Green'] }
    ]
    const combos = optionCombinations(options)
    expect(combos.length).toBe(6)
    expect(combos.slice(0, 2)).toEqual([
      { Size: 'S', Colour: 'Red' },
      { Size: 'S', Colour: 'Blue' }
    ])
    expect(variantLabel(options, combos[5]!)).toBe('M / Green')
    expect(optionCombinations([])).toEqual([{}])
  })
})

describe('Windows-1252', () => {
  it('decodes every defined byte to its own character, never to a C1 control character (Node reads the label as Latin-1)', () => {
    const defined = Array.from({ length: 255 }, (_, index) => index + 1).filter((byte) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte))
    // 0xe9 makes the bytes invalid UTF-8, so the decoder falls back to Windows-1252.
    const { text, encoding } = decodeCsvBytes(Uint8Array.from([0xe9, ...defined]))
    expect(encoding).toBe('windows-1252')
    expect([...text]).toHaveLength(1 + defined.length)
    expect(text).not.toMatch(/[\u0080-\u009f]/)
    expect(text.slice(1 + defined.indexOf(0x80), 1 + defined.indexOf(0x80) + 1)).toBe('€')
    expect([0x84, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f].map((byte) => text[1 + defined.indexOf(byte)]).join('')).toBe('„“”–—™Ÿ')
    expect(text.slice(1 + defined.indexOf(0xa0))).toBe(Buffer.from(Uint8Array.from(defined.filter((byte) => byte >= 0xa0))).toString('latin1'))
  })
})
