import CodepageEncoder, { type Codepage } from '@point-of-sale/codepage-encoder'

/** ESC t n as Epson numbers its code pages (the printer's side of the wire, from Epson's manual). */
const EPSON_CODE_PAGES: Record<number, Codepage> = {
  0: 'cp437',
  2: 'cp850',
  3: 'cp860',
  4: 'cp863',
  5: 'cp865',
  13: 'cp857',
  14: 'cp737',
  16: 'windows1252',
  17: 'cp866',
  18: 'cp852',
  19: 'cp858',
  33: 'cp775',
  34: 'cp855',
  35: 'cp861',
  36: 'cp862',
  37: 'cp864',
  40: 'iso8859-15',
  45: 'windows1250',
  46: 'windows1251',
  47: 'windows1253',
  48: 'windows1254',
  49: 'windows1255',
  50: 'windows1256',
  51: 'windows1257',
  52: 'windows1258'
}

/** A GS v 0 raster image as the printer would print it: one boolean per dot, true is black. */
export interface DecodedRaster {
  width: number
  height: number
  /** Row by row, `width` dots each. */
  dots: boolean[][]
  /** How many text lines were printed before it. */
  afterLine: number
}

export interface DecodedEscPos {
  /** The printed text, one entry per line, trailing spaces removed. */
  lines: string[]
  /** Lines printed in bold (ESC E 1) at least in part. */
  boldLines: string[]
  /** Lines printed double height or width (GS ! n). */
  largeLines: string[]
  codePagesUsed: Codepage[]
  qrCodes: string[]
  /** Raster images (GS v 0), consecutive commands joined into one image as the paper shows them. */
  images: DecodedRaster[]
  cuts: number
  drawerKicks: number
  /** DLE EOT status queries sent before the document. */
  statusQueries: number
}

/**
 * Reads ESC/POS bytes back the way a printer would: every command the encoder emits is parsed
 * (an unknown one fails the test), text bytes are decoded through the selected code page.
 */
export function decodeEscPos(bytes: Uint8Array): DecodedEscPos {
  const out: DecodedEscPos = { lines: [], boldLines: [], largeLines: [], codePagesUsed: [], qrCodes: [], images: [], cuts: 0, drawerKicks: 0, statusQueries: 0 }
  let table: number[] = CodepageEncoder.getCodepoints('cp437', true)
  let current = ''
  let bold = false
  let large = false
  let lineBold = false
  let lineLarge = false
  const endLine = () => {
    const text = current.trimEnd()
    out.lines.push(text)
    if (lineBold) out.boldLines.push(text.trim())
    if (lineLarge) out.largeLines.push(text.trim())
    current = ''
    lineBold = false
    lineLarge = false
  }
  let i = 0
  let lastImageEnd = -1
  const at = (offset: number): number => {
    const value = bytes[i + offset]
    if (value === undefined) throw new Error(`ESC/POS stream ends inside a command at byte ${i}`)
    return value
  }
  while (i < bytes.length) {
    const byte = at(0)
    if (byte === 0x0a) {
      endLine()
      i += 1
    } else if (byte === 0x0d) {
      i += 1
    } else if (byte === 0x10 && at(1) === 0x04) {
      out.statusQueries += 1
      i += 3
    } else if (byte === 0x1b) {
      const command = at(1)
      if (command === 0x40) i += 2
      else if (command === 0x74) {
        const page = EPSON_CODE_PAGES[at(2)]
        if (!page) throw new Error(`Unknown code page number ${at(2)}`)
        table = CodepageEncoder.getCodepoints(page, true)
        if (!out.codePagesUsed.includes(page)) out.codePagesUsed.push(page)
        i += 3
      } else if (command === 0x45) {
        bold = at(2) === 1
        i += 3
      } else if ([0x4d, 0x2d, 0x61, 0x64, 0x33, 0x34, 0x21].includes(command)) i += 3
      else if (command === 0x32) i += 2
      else if (command === 0x70) {
        out.drawerKicks += 1
        i += 5
      } else throw new Error(`Unknown command ESC 0x${command.toString(16)} at byte ${i}`)
    } else if (byte === 0x1c) {
      if (at(1) !== 0x2e) throw new Error(`Unknown command FS 0x${at(1).toString(16)} at byte ${i}`)
      i += 2
    } else if (byte === 0x1d) {
      const command = at(1)
      if (command === 0x21) {
        large = at(2) !== 0
        i += 3
      } else if (command === 0x42) i += 3
      else if (command === 0x76 && at(2) === 0x30) {
        const widthBytes = at(4) + at(5) * 256
        const rows = at(6) + at(7) * 256
        const dots = Array.from({ length: rows }, (_, y) =>
          Array.from({ length: widthBytes * 8 }, (_, x) => ((at(8 + y * widthBytes + (x >> 3)) >> (7 - (x & 7))) & 1) === 1)
        )
        const previous = out.images.at(-1)
        // The encoder splits a tall image into commands of at most 255 rows that print edge to edge.
        if (previous && lastImageEnd === i && previous.width === widthBytes * 8) previous.dots.push(...dots)
        else out.images.push({ width: widthBytes * 8, height: 0, dots, afterLine: out.lines.length })
        const image = out.images.at(-1)
        if (image) image.height = image.dots.length
        i += 8 + widthBytes * rows
        lastImageEnd = i
      } else if (command === 0x56) {
        out.cuts += 1
        i += at(2) >= 0x41 ? 4 : 3
      } else if (command === 0x28 && at(2) === 0x6b) {
        const length = at(3) + at(4) * 256
        const fn = at(6)
        if (fn === 0x50) out.qrCodes.push(String.fromCharCode(...bytes.slice(i + 8, i + 5 + length)))
        i += 5 + length
      } else throw new Error(`Unknown command GS 0x${command.toString(16)} at byte ${i}`)
    } else {
      const char = String.fromCodePoint(table[byte] ?? 0xfffd)
      current += char
      if (char.trim()) {
        lineBold ||= bold
        lineLarge ||= large
      }
      i += 1
    }
  }
  if (current) endLine()
  return out
}
