import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas'

/**
 * Text a thermal printer's character mode cannot print (Chinese, Japanese, Korean, Thai: on no
 * code page; Arabic and Hebrew: on a code page, but sent in typing order with no joining) is drawn
 * here, shaped and ordered by Skia, and sent as a raster image (GS v 0). A printer prints a line of
 * font A as 12 × 24 dots, so an image line is 24 dots high and 12 dots per column wide.
 */
export const DOTS_PER_COLUMN = 12
const ROW_DOTS = 24
const FONT_PX = 22
const BASELINE = 19

/** The fonts shipped in resources/fonts (Noto, OFL; Droid Sans Fallback, Apache 2.0), first match wins per character. */
const FONT_FILES: ReadonlyArray<readonly [file: string, family: string]> = [
  ['NotoSans-Regular.ttf', 'Tillpoint Sans'],
  ['NotoSans-Bold.ttf', 'Tillpoint Sans'],
  ['NotoSansArabic-Regular.ttf', 'Tillpoint Arabic'],
  ['NotoSansArabic-Bold.ttf', 'Tillpoint Arabic'],
  ['NotoSansHebrew-Regular.ttf', 'Tillpoint Hebrew'],
  ['NotoSansHebrew-Bold.ttf', 'Tillpoint Hebrew'],
  ['NotoSansThai-Regular.ttf', 'Tillpoint Thai'],
  ['DroidSansFallbackFull.ttf', 'Tillpoint CJK']
]
const FAMILIES = [...new Set(FONT_FILES.map(([, family]) => `"${family}"`)), 'sans-serif'].join(', ')
const registered = new Set<string>()

/** Registers the receipt fonts in this folder with the canvas (once per folder; a missing file is skipped). */
export function useReceiptFonts(folder: string): void {
  if (registered.has(folder)) return
  registered.add(folder)
  for (const [file, family] of FONT_FILES) {
    const path = join(folder, file)
    if (existsSync(path)) GlobalFonts.registerFromPath(path, family)
  }
}

const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const FIRST_LETTER = /\p{L}/u

/** Whether a line reads right to left: its first letter is Hebrew, Arabic or another RTL script. */
export function readsRightToLeft(text: string): boolean {
  const first = FIRST_LETTER.exec(text)?.[0]
  return first !== undefined && RTL_LETTER.test(first)
}

/** Text mode sends characters in typing order, one byte each: right-to-left scripts need the image too. */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text)
}

export interface RasterStyle {
  bold?: boolean
  tall?: boolean
  wide?: boolean
  align?: 'left' | 'center' | 'right'
  inverse?: boolean
}

/** Pixels as `ImageData` has them (RGBA, row by row). */
export interface RasterImage {
  data: Uint8ClampedArray
  width: number
  height: number
}

interface Layout {
  ctx: SKRSContext2D
  /** The line's width in the font's own pixels (before `wide` doubles it). */
  room: number
  scaleX: number
  scaleY: number
}

function measuringLayout(widthDots: number, style: RasterStyle): Layout {
  const ctx = createCanvas(1, 1).getContext('2d')
  ctx.font = fontOf(style)
  const scaleX = style.wide ? 2 : 1
  return { ctx, room: widthDots / scaleX, scaleX, scaleY: style.tall ? 2 : 1 }
}

function fontOf(style: RasterStyle): string {
  return `${style.bold ? 'bold ' : ''}${FONT_PX}px ${FAMILIES}`
}

const words = new Intl.Segmenter(undefined, { granularity: 'word' })
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Greedy wrapping at word boundaries; a word wider than the line is cut between graphemes. */
export function wrapToWidth(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = []
  let line = ''
  const push = (piece: string) => {
    if (fits(line + piece)) {
      line += piece
      return
    }
    if (line.trim()) lines.push(line.trimEnd())
    line = piece.trimStart()
    if (fits(line)) return
    line = ''
    for (const { segment } of graphemes.segment(piece.trimStart())) {
      if (line && !fits(line + segment)) {
        lines.push(line)
        line = ''
      }
      line += segment
    }
  }
  for (const { segment } of words.segment(text)) push(segment)
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

function paint(widthDots: number, rows: number, style: RasterStyle, draw: (ctx: SKRSContext2D, rowTop: (row: number) => number) => void): RasterImage {
  const scaleY = style.tall ? 2 : 1
  const height = rows * ROW_DOTS * scaleY
  const canvas = createCanvas(widthDots, height)
  const ctx = canvas.getContext('2d')
  ctx.fillStyle = style.inverse ? '#000' : '#fff'
  ctx.fillRect(0, 0, widthDots, height)
  ctx.fillStyle = style.inverse ? '#fff' : '#000'
  ctx.scale(style.wide ? 2 : 1, scaleY)
  ctx.font = fontOf(style)
  ctx.textBaseline = 'alphabetic'
  draw(ctx, (row) => row * ROW_DOTS + BASELINE)
  const image = ctx.getImageData(0, 0, widthDots, height)
  return { data: image.data, width: widthDots, height }
}

function drawText(ctx: SKRSContext2D, text: string, x: number, y: number, align: 'left' | 'center' | 'right'): void {
  ctx.direction = readsRightToLeft(text) ? 'rtl' : 'ltr'
  ctx.textAlign = align
  ctx.fillText(text, x, y)
}

/** One line of the receipt as an image the paper's width, wrapped onto as many rows as it needs. */
export function rasterLine(text: string, widthDots: number, style: RasterStyle = {}): RasterImage {
  const layout = measuringLayout(widthDots, style)
  const lines = wrapToWidth(text, (line) => layout.ctx.measureText(line).width <= layout.room)
  const align = style.align ?? (readsRightToLeft(text) ? 'right' : 'left')
  const x = align === 'left' ? 0 : align === 'right' ? layout.room : layout.room / 2
  return paint(widthDots, lines.length, style, (ctx, baseline) => lines.forEach((line, row) => drawText(ctx, line, x, baseline(row), align)))
}

/**
 * Text on one side and an amount on the other, as `ThermalDocument.pair` lays them out in text
 * mode: the text wraps in the room the amount leaves, the amount stands on its first row. A line
 * that reads right to left starts at the right edge, with the amount on the left, as on screen.
 */
export function rasterPair(text: string, amount: string, widthDots: number, style: RasterStyle = {}): RasterImage {
  const layout = measuringLayout(widthDots, style)
  const gap = DOTS_PER_COLUMN
  const amountWidth = layout.ctx.measureText(amount).width
  const room = Math.max(layout.room / 3, layout.room - amountWidth - gap)
  const lines = wrapToWidth(text, (line) => layout.ctx.measureText(line).width <= room)
  const rtl = readsRightToLeft(text)
  return paint(widthDots, lines.length, style, (ctx, baseline) => {
    lines.forEach((line, row) => drawText(ctx, line, rtl ? layout.room : 0, baseline(row), rtl ? 'right' : 'left'))
    drawText(ctx, amount, rtl ? 0 : layout.room, baseline(0), rtl ? 'left' : 'right')
  })
}

/** Rows per GS v 0 command: many printers take at most 255 in one. */
const RASTER_CHUNK_ROWS = 255

/**
 * The image as GS v 0 commands, a dot black where the pixel is darker than mid grey. Sent raw,
 * not through the encoder's `image()`, which ends every image with a line feed (a blank line of
 * paper after each name).
 */
export function rasterCommands(image: RasterImage): Uint8Array {
  const widthBytes = Math.ceil(image.width / 8)
  const chunks = Math.ceil(image.height / RASTER_CHUNK_ROWS)
  const out = new Uint8Array(chunks * 8 + widthBytes * image.height)
  let at = 0
  for (let top = 0; top < image.height; top += RASTER_CHUNK_ROWS) {
    const rows = Math.min(RASTER_CHUNK_ROWS, image.height - top)
    out.set([0x1d, 0x76, 0x30, 0x00, widthBytes & 0xff, widthBytes >> 8, rows & 0xff, rows >> 8], at)
    at += 8
    for (let y = top; y < top + rows; y++) {
      for (let byte = 0; byte < widthBytes; byte++) {
        let dots = 0
        for (let bit = 0; bit < 8; bit++) {
          const x = byte * 8 + bit
          if (x < image.width && (image.data[(y * image.width + x) * 4] ?? 255) < 128) dots |= 0x80 >> bit
        }
        out[at + byte] = dots
      }
      at += widthBytes
    }
  }
  return out
}
