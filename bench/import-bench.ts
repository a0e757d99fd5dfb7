import { serialize } from 'node:v8'
import { TOOL_WINDOW, type Tillpoint } from '../src/main/tillpoint'
import { OwnWork, reported, summarize, watchMainThread, type Figure, type MainThreadReading } from './measure'

const PREVIEW_LIMIT_S = 3
const IMPORT_LIMIT_S = 10
const STALL_LIMIT_MS = 50

/** A Tillpoint-format file of `rows` simple products whose SKUs the bench catalog does not hold. */
export function importFile(rows: number): string {
  const lines = ['name,category,tax_rate,sku,barcode,price,cost,stock,low_stock_threshold']
  for (let index = 0; index < rows; index++) {
    lines.push(
      `Imported item ${index},Import ${index % 40},20,IMP-${String(index).padStart(6, '0')},,${(1 + (index % 500) / 100).toFixed(2)},0.80,${index % 90},5`
    )
  }
  return `${lines.join('\n')}\n`
}

/** The main thread while `work` runs and its answer is serialized as Electron's IPC does. */
async function withStalls<T>(work: () => Promise<T>): Promise<{ answer: T; seconds: number; stalls: MainThreadReading }> {
  const watch = watchMainThread(new OwnWork())
  const start = performance.now()
  const answer = await work()
  serialize(answer)
  const seconds = (performance.now() - start) / 1000
  await new Promise((resolve) => setTimeout(resolve, 5))
  return { answer, seconds, stalls: watch.stop() }
}

/**
 * The longest the event loop did not turn (wall clock: judged), and the longest time the main
 * thread itself ran without it turning (its CPU time where Linux tells it): on a loaded machine the
 * first also counts the thread's waits for a core, which no change to the import removes.
 */
const stallFigures = (doing: string, stalls: MainThreadReading): Figure[] => [
  {
    group: 'import',
    name: `longest main-process stall while ${doing} (ms)`,
    summary: summarize([stalls.stallWallMs]),
    target: { on: 'total', limit: STALL_LIMIT_MS, unit: 'ms', value: stalls.stallWallMs, met: stalls.stallWallMs <= STALL_LIMIT_MS }
  },
  reported('import', `  of it, the main thread's own ${stalls.onCpu ? 'CPU time' : 'time (no schedstat: wall clock)'} (ms)`, [stalls.stallMs])
]

/**
 * A shopkeeper's 50,000-row catalog file through the Products screen's channels as it sends it (the
 * file's bytes in base64): read for the mapping step (catalog.inspectCsv), then the check (dry run)
 * and the import (catalog.importCsv), each timed whole, with the longest time the main process's
 * event loop was held while it ran (all three run in a worker thread) and while the answer is
 * serialized to be sent to the window.
 */
export async function importFigures(till: Tillpoint, rows: number): Promise<Figure[]> {
  const file = Buffer.from(importFile(rows)).toString('base64')
  const figures: Figure[] = []
  const inspected = await withStalls(() => till.dispatch('catalog.inspectCsv', { input: { file } }, TOOL_WINDOW))
  if (!inspected.answer.ok) throw new Error(`catalog.inspectCsv: ${inspected.answer.error.code} ${inspected.answer.error.message}`)
  figures.push(
    { group: 'import', name: `${rows.toLocaleString('en')} rows read for the mapping step (s)`, summary: summarize([inspected.seconds]), target: null },
    ...stallFigures('reading for the mapping step', inspected.stalls)
  )
  for (const dryRun of [true, false]) {
    const {
      answer: result,
      seconds,
      stalls
    } = await withStalls(() => till.dispatch('catalog.importCsv', { input: { file, mode: 'all-or-nothing', dryRun } }, TOOL_WINDOW))
    if (!result.ok) throw new Error(`catalog.importCsv: ${result.error.code} ${result.error.message}`)
    const what = dryRun ? `${rows.toLocaleString('en')} rows checked (preview)` : `${rows.toLocaleString('en')} rows imported`
    const limit = dryRun ? PREVIEW_LIMIT_S : IMPORT_LIMIT_S
    figures.push({
      group: 'import',
      name: `${what} (s)`,
      summary: summarize([seconds]),
      target: { on: 'total', limit, unit: 's', value: seconds, met: seconds <= limit }
    })
    figures.push(...stallFigures(dryRun ? 'checking' : 'importing', stalls))
  }
  return figures
}
