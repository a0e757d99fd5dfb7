import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-options'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

/** What we save when the window closes. */
export interface WindowState {
  bounds: Rectangle
  maximized: boolean
}

/** Where the window opens; without any display known, only a size. */
export interface WindowPlacement {
  bounds: WindowBounds
  maximized: boolean
}

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

const coordinate = z.number().int().min(-100_000).max(100_000)
const size = z.number().int().min(100).max(100_000)

const windowStateSchema = z
  .object({
    bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }).strict(),
    maximized: z.boolean()
  })
  .strict()

/** The saved window state, or null when the file is missing, unreadable or not what we wrote. */
export function readWindowState(file: string): WindowState | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Written beside and renamed over, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  writeFileSync(temporary, JSON.stringify(state))
  renameSync(temporary, file)
}

/** How much of a window must show on a display before we trust its saved position. */
const MIN_VISIBLE = 100

/**
 * Where the window opens: the saved place when enough of it is on a display that exists today,
 * shrunk to fit that display; otherwise centred on the primary display. A monitor unplugged since
 * last time must never leave the till off screen.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  const primary = workAreas[0]
  if (!primary) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: saved?.maximized ?? false }
  if (saved) {
    const area = workAreas.find((candidate) => overlap(saved.bounds, candidate) >= MIN_VISIBLE)
    if (area) return { bounds: fitInto(saved.bounds, area), maximized: saved.maximized }
  }
  const width = Math.min(saved?.bounds.width ?? DEFAULT_WINDOW_SIZE.width, primary.width)
  const height = Math.min(saved?.bounds.height ?? DEFAULT_WINDOW_SIZE.height, primary.height)
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height
    },
    maximized: saved?.maximized ?? false
  }
}

function overlap(bounds: Rectangle, area: Rectangle): number {
  const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x)
  const height = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y)
  return width > 0 && height > 0 ? Math.min(width, height) : 0
}

function fitInto(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = clamp(bounds.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width)
  const height = clamp(bounds.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height)
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high)
}
