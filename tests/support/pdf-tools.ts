import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Text of a PDF as poppler extracts it: what a customer could read off the paper. */
export function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
}

export interface PdfPageInfo {
  pages: number
  widthMm: number
  heightMm: number
}

export function pdfInfo(pdfPath: string): PdfPageInfo {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  if (!size?.[1] || !size[2]) throw new Error(`No page size in pdfinfo output:\n${info}`)
  const ptToMm = (pt: string) => (Number(pt) * 25.4) / 72
  return { pages, widthMm: ptToMm(size[1]), heightMm: ptToMm(size[2]) }
}

export interface RasterPage {
  path: string
  width: number
  height: number
  /** Share of pixels darker than mid grey: 0 for a blank page. */
  inkRatio: number
}

/** Rasterises every page to PNG (what the test leaves to look at) and measures each in greyscale. */
export function pdfToPngs(pdfPath: string, dpi: number): RasterPage[] {
  const prefix = pdfPath.replace(/\.pdf$/, '')
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdfPath, prefix])
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdfPath, prefix])
  const stem = basename(prefix)
  const files = readdirSync(dirname(pdfPath))
    .filter((file) => file.startsWith(`${stem}-`) && file.endsWith('.png'))
    .sort()
  return files.map((file) => {
    const png = join(dirname(pdfPath), file)
    const grey = readPgm(png.replace(/\.png$/, '.pgm'))
    const header = readFileSync(png)
    return { path: png, width: header.readUInt32BE(16), height: header.readUInt32BE(20), inkRatio: grey.inkRatio }
  })
}

function readPgm(path: string): { inkRatio: number } {
  const data = readFileSync(path)
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'))
  if (!header?.[0]) throw new Error(`${path} is not a binary PGM`)
  const pixels = data.subarray(header[0].length)
  let dark = 0
  for (const value of pixels) if (value < 128) dark += 1
  return { inkRatio: dark / pixels.length }
}
