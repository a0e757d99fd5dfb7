import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { rasterLine, rasterPair, useReceiptFonts, type RasterImage } from '../../src/main/print/escpos/raster-text'
import { receiptEscPos, slipEscPos } from '../../src/main/print/escpos/render-escpos'
import { money } from '../../src/shared/money'
import { decodeEscPos, type DecodedRaster } from '../support/escpos-decode'
import { printableOrderFixture } from '../support/printable-order-fixture'

/** Dark dots as the encoder's threshold (128) will print them, row by row. */
function dotsOf(image: RasterImage): boolean[][] {
  return Array.from({ length: image.height }, (_, y) => Array.from({ length: image.width }, (_, x) => (image.data[(y * image.width + x) * 4] ?? 255) < 128))
}

function inkColumns(dots: boolean[][]): { first: number; last: number; count: number } {
  let first = Infinity
  let last = -1
  let count = 0
  for (const row of dots)
    row.forEach((dark, x) => {
      if (!dark) return
      count += 1
      first = Math.min(first, x)
      last = Math.max(last, x)
    })
  return { first, last, count }
}

const sameDots = (a: boolean[][], b: boolean[][]) => a.length === b.length && a.every((row, y) => row.every((dark, x) => dark === b[y]?.[x]))

const slipOf = (name: string, columns = 32) =>
  decodeEscPos(
    slipEscPos(
      printableOrderFixture({
        lines: [{ name, variantLabel: '', sku: 'T-1', quantity: 1, unitPrice: money(520), lineDiscount: money(0), promotion: null, lineTotal: money(520) }]
      }),
      { columns, codePage: 'cp858', reprint: false, openDrawer: false }
    )
  )

/** The image printed where the slip's item line stands (after the rule that opens the items). */
function itemImage(printed: ReturnType<typeof decodeEscPos>): DecodedRaster {
  const rule = printed.lines.lastIndexOf('-'.repeat(printed.lines.find((line) => /^-+$/.test(line))?.length ?? 32), printed.lines.indexOf('      T-1'))
  const image = printed.images.find((candidate) => candidate.afterLine === rule + 1)
  if (!image) throw new Error(`no image after line ${rule}: ${JSON.stringify(printed.images.map((i) => i.afterLine))}`)
  return image
}

beforeAll(() => useReceiptFonts(join(__dirname, '../../resources/fonts')))

describe('lines text mode cannot print go out as GS v 0 raster images', () => {
  it('a CJK name on a slip is an image the paper’s width, with ink, and no ? in the text', () => {
    const printed = slipOf('東京 抹茶ラテ')
    expect(printed.lines.join('\n')).not.toContain('?')
    const image = itemImage(printed)
    expect(image.width).toBe(32 * 12)
    expect(image.height).toBe(48) // a tall line: two rows of 24 dots
    expect(inkColumns(image.dots).count).toBeGreaterThan(200)
    expect(slipOf('乌龙茶', 48).images.map((candidate) => candidate.width)).toContain(48 * 12)
  })

  it('different text draws different dots, the same text the same dots', () => {
    const tea = itemImage(slipOf('乌龙茶')).dots
    expect(sameDots(tea, itemImage(slipOf('乌龙茶')).dots)).toBe(true)
    expect(sameDots(tea, itemImage(slipOf('红茶')).dots)).toBe(false)
    expect(sameDots(tea, itemImage(slipOf('한국 차')).dots)).toBe(false)
  })

  it('Latin, Greek and Cyrillic stay text: no image on a receipt without other scripts', () => {
    const order = printableOrderFixture()
    const printed = decodeEscPos(
      receiptEscPos({ ...order, lines: order.lines.slice(0, 2) }, { columns: 48, codePage: 'cp858', reprint: false, openDrawer: false })
    )
    expect(printed.images).toEqual([])
    expect(printed.lines).toContain('Пирожки')
  })

  it('Hebrew reads right to left: the dots are the letters in reverse typing order, flush right', () => {
    const width = 384
    const typed = dotsOf(rasterLine('שלום', width))
    // U+202D … U+202C forces left-to-right display: the letters drawn in the order given.
    const reversed = dotsOf(rasterLine('\u202dםולש\u202c', width, { align: 'right' }))
    const typingOrder = dotsOf(rasterLine('\u202dשלום\u202c', width, { align: 'right' }))
    expect(sameDots(typed, reversed)).toBe(true)
    expect(sameDots(typed, typingOrder)).toBe(false)
    expect(inkColumns(typed).last).toBeGreaterThan(width - 12)
  })

  it('Arabic letters are joined (shaped): three joined behs are narrower than three isolated ones', () => {
    const joined = inkColumns(dotsOf(rasterLine('ببب', 384)))
    // U+200C (zero-width non-joiner) keeps each letter in its isolated form.
    const isolated = inkColumns(dotsOf(rasterLine('ب\u200cب\u200cب', 384)))
    expect(joined.count).toBeGreaterThan(0)
    expect(joined.last - joined.first).toBeLessThan((isolated.last - isolated.first) * 0.8)
  })

  it('a right-to-left line with an amount puts the text on the right and the amount on the left', () => {
    const pair = dotsOf(rasterPair('شاي بالنعناع', '5,20 EUR', 384))
    const amountAlone = dotsOf(rasterLine('5,20 EUR', 384, { align: 'left' }))
    const amountWidth = inkColumns(amountAlone).last + 1
    expect(
      sameDots(
        pair.map((row) => row.slice(0, amountWidth)),
        amountAlone.map((row) => row.slice(0, amountWidth))
      )
    ).toBe(true)
    expect(inkColumns(pair).last).toBeGreaterThan(384 - 12)
  })

  it('a name wider than the paper wraps onto more rows instead of being cut', () => {
    const short = rasterLine('抹茶ラテ', 384)
    const long = rasterLine('抹茶ラテ'.repeat(6), 384)
    expect(short.height).toBe(24)
    expect(long.height).toBe(48)
    expect(inkColumns(dotsOf(long).slice(24)).count).toBeGreaterThan(0)
  })

  it('a receipt with Arabic and Chinese prints every other line as text, the amounts still in text beside them', () => {
    const order = printableOrderFixture({ shop: { name: 'مقهى الصباح', address: '', phone: '', taxNumber: '' } })
    const printed = decodeEscPos(receiptEscPos(order, { columns: 32, codePage: 'cp858', reprint: false, openDrawer: false }))
    expect(printed.images[0]?.afterLine).toBe(0)
    expect(printed.images[0]?.height).toBe(48)
    expect(printed.lines).toContain('Crème brûlée - Large')
    expect(printed.lines.some((line) => line.startsWith('  1 x'))).toBe(true)
    expect(printed.cuts).toBe(1)
  })
})
