/** Timing and the figures the bench reports. Times are milliseconds of wall clock. */
import { existsSync, readFileSync } from 'node:fs'
export interface Summary {
  samples: number
  median: number
  p95: number
  p99: number
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN
  return { samples: sorted.length, median: at(0.5), p95: at(0.95), p99: at(0.99) }
}

export async function timeOnce(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** A few untimed warm-up runs (JIT, page cache), then `count` timed ones. */
export async function sample(count: number, work: (index: number) => unknown): Promise<number[]> {
  for (let index = 0; index < 5; index++) await work(-1 - index)
  const times: number[] = []
  for (let index = 0; index < count; index++) times.push(await timeOnce(() => work(index)))
  return times
}

export interface Figure {
  group: 'checkout' | 'list' | 'search' | 'stats' | 'shifts' | 'import' | 'backup' | 'build'
  name: string
  summary: Summary
  /** The figure judged, its limit, and whether it keeps to it. */
  target: { on: 'median' | 'p95' | 'ratio' | 'total' | 'max'; limit: number; unit: 'ms' | 's' | 'x'; value: number; met: boolean } | null
}

export function judged(group: Figure['group'], name: string, samples: readonly number[], on: 'median' | 'p95', limit: number): Figure {
  const summary = summarize(samples)
  const value = summary[on]
  return { group, name, summary, target: { on, limit, unit: 'ms', value, met: value <= limit } }
}

export function reported(group: Figure['group'], name: string, samples: readonly number[]): Figure {
  return { group, name, summary: summarize(samples), target: null }
}

export function table(figures: readonly Figure[]): string {
  const rows = [['', 'figure', 'median', 'p95', 'p99', 'target', '']]
  for (const figure of figures) {
    const { summary, target } = figure
    rows.push([
      figure.group,
      figure.name,
      summary.median.toFixed(2),
      summary.p95.toFixed(2),
      summary.p99.toFixed(2),
      target ? `${target.on} ≤ ${target.limit} ${target.unit}` : '',
      target ? (target.met ? 'ok' : `MISSED (${target.value.toFixed(2)})`) : ''
    ])
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows
    .map((row) => row.map((cell, column) => (column >= 2 && column <= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  '))
    .join('\n')
}

const SCHEDSTAT = '/proc/thread-self/schedstat'
const hasSchedstat = existsSync(SCHEDSTAT)

/**
 * The calling thread's time on a CPU (ms), from Linux's schedstat (nanoseconds); null elsewhere.
 * On a loaded machine a thread waits for a core as well: that wait is not in this time.
 */
export function threadCpuMs(): number | null {
  if (!hasSchedstat) return null
  return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6
}

interface Span {
  start: number
  end: number
  cpuMs: number | null
}

/**
 * Work the main thread does on purpose (a sales call through the IPC helper): each finished call's
 * wall-clock span and its time on a CPU, so that `watchMainThread` can tell the call's own time
 * (judged by the checkout figures) from the time something else held the thread.
 */
export class OwnWork {
  private spans: Span[] = []
  /** The longest single call, wall clock (ms). */
  longestMs = 0

  async time<T>(work: () => Promise<T>): Promise<T> {
    const start = performance.now()
    const cpuStart = threadCpuMs()
    try {
      return await work()
    } finally {
      const end = performance.now()
      const cpuEnd = threadCpuMs()
      this.spans.push({ start, end, cpuMs: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart })
      this.longestMs = Math.max(this.longestMs, end - start)
    }
  }

  /** The calls' wall and CPU time inside [from, to] (a call begun earlier: its share); spans ended by `to` are forgotten. */
  takeWithin(from: number, to: number): { wallMs: number; cpuMs: number } {
    let wallMs = 0
    let cpuMs = 0
    const open: Span[] = []
    for (const span of this.spans) {
      if (span.end > to) {
        open.push(span)
        continue
      }
      const inside = Math.max(0, span.end - Math.max(span.start, from))
      const length = span.end - span.start
      wallMs += inside
      cpuMs += span.cpuMs === null ? inside : length > 0 ? (span.cpuMs * inside) / length : 0
    }
    this.spans = open
    return { wallMs, cpuMs }
  }
}

export interface MainThreadReading {
  /**
   * The longest the main thread ran anything but `own`'s calls without its event loop turning
   * (ms): its time on a CPU where Linux tells it (so a wait for a core on a loaded machine is not
   * counted), else wall clock.
   */
  stallMs: number
  /** The same in wall clock: the waits for a core counted in. */
  stallWallMs: number
  /** A 1 ms timer's plain lateness: `own`'s calls and the waits counted in. */
  heldMs: number
  /** Whether `stallMs` is CPU time. */
  onCpu: boolean
}

/** Calls `onGap` at each tick of a 1 ms timer: the gap (`from`..`to`, less the 1 ms) and the main thread's CPU time in it (null without schedstat). */
function watchTimerGaps(onGap: (from: number, to: number, gapMs: number, cpuMs: number | null) => void): { stop(): void } {
  let last = performance.now()
  let lastCpu = threadCpuMs()
  const timer = setInterval(() => {
    const now = performance.now()
    const cpu = threadCpuMs()
    onGap(last, now, now - last - 1, cpu === null || lastCpu === null ? null : cpu - lastCpu)
    last = now
    lastCpu = cpu
  }, 1)
  return { stop: () => clearInterval(timer) }
}

/**
 * The longest the main thread was held, where a sale's own call is its latency (judged by the
 * checkout figures), not a stall that something else caused: its time inside each gap is not counted.
 */
export function watchMainThread(own: OwnWork): { stop(): MainThreadReading } {
  const reading: MainThreadReading = { stallMs: 0, stallWallMs: 0, heldMs: 0, onCpu: hasSchedstat }
  const gaps = watchTimerGaps((from, to, gap, cpu) => {
    const calls = own.takeWithin(from, to)
    reading.heldMs = Math.max(reading.heldMs, gap)
    reading.stallWallMs = Math.max(reading.stallWallMs, gap - calls.wallMs)
    reading.stallMs = Math.max(reading.stallMs, cpu === null ? gap - calls.wallMs : cpu - calls.cpuMs)
  })
  return {
    stop() {
      gaps.stop()
      return reading
    }
  }
}

export interface LongTask {
  /** When the 1 ms timer's gap began (ms since `watchLongTasks` started). */
  at: number
  wallMs: number
  /** The main thread's own time on a CPU in the gap (null without schedstat). */
  cpuMs: number | null
  /** What `label()` said when the gap ended. */
  label: string
}

/** Every gap of a 1 ms timer longer than `overMs`, with the main thread's CPU time in it: which work held the loop. */
export function watchLongTasks(overMs: number, label: () => string): { stop(): LongTask[] } {
  const tasks: LongTask[] = []
  const start = performance.now()
  const gaps = watchTimerGaps((from, _to, gap, cpu) => {
    if (gap > overMs) tasks.push({ at: from - start, wallMs: gap, cpuMs: cpu, label: label() })
  })
  return {
    stop() {
      gaps.stop()
      return tasks
    }
  }
}
