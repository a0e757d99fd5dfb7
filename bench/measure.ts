/** Timing and the figures the bench reports. Times are milliseconds of wall clock. */
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

/** The longest lateness of a 1 ms timer while work runs: how long the main thread was held at once. */
export function watchStalls(): { stop(): number } {
  let longest = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last - 1)
    last = now
  }, 1)
  return {
    stop() {
      clearInterval(timer)
      return longest
    }
  }
}
