import type { Tillpoint } from '../src/main/tillpoint'
import { domainCheckout } from './checkout-bench'
import type { Random } from './data-shape'
import { OwnWork, reported, summarize, watchMainThread, type Figure, type MainThreadReading } from './measure'

const STALL_LIMIT_MS = 50

export interface SalesDuring<T> {
  answer: T
  /** How long `work` took (ms). */
  ms: number
  /** The main thread meanwhile; `stallMs` the longest it was held at once by anything but the sales' own calls. */
  mainThread: MainThreadReading
  /** The longest single sales call (cart.current, cart.addLine or cart.checkout) meanwhile (ms). */
  longestCallMs: number
  /**
   * Each checkout's time (ms), the sales having run back to back, 2 ms apart, as long as `work` did;
   * each call of a sale its own turn of the event loop, as IPC messages are.
   */
  checkouts: number[]
}

/** Domain checkouts keep running on the main thread, as at a busy counter, for as long as `work` takes. */
export async function salesDuring<T>(till: Tillpoint, random: Random, sellable: readonly number[], work: () => Promise<T>): Promise<SalesDuring<T>> {
  let running = true
  const checkouts: number[] = []
  const own = new OwnWork()
  const selling = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 2))
      checkouts.push(await domainCheckout(till, random, sellable, own))
    }
  })()
  const stalls = watchMainThread(own)
  const start = performance.now()
  const answer = await work()
  const ms = performance.now() - start
  const mainThread = stalls.stop()
  running = false
  await selling
  return { answer, ms, mainThread, longestCallMs: own.longestMs, checkouts }
}

/**
 * `runs` times: the app's own "Back up now" (copy in the worker, then the full verification) while
 * checkouts run, and then the same sales for as long again with no backup, so that the stall and
 * the checkout times with a backup running are judged against those of the same machine, at the
 * same moment, without one. The stall with the backup is held to 50 ms.
 */
export async function backupFigures(
  till: Tillpoint,
  options: { random: Random; sellable: readonly number[]; runs: number; advance: () => void }
): Promise<Figure[]> {
  const withBackup: Array<SalesDuring<Awaited<ReturnType<Tillpoint['services']['backups']['backupNow']>>>> = []
  const without: Array<SalesDuring<unknown>> = []
  for (let run = 0; run < options.runs; run++) {
    // each backup at its own time, so that each is its own file
    options.advance()
    const backup = await salesDuring(till, options.random, options.sellable, () => till.services.backups.backupNow('manual'))
    withBackup.push(backup)
    without.push(await salesDuring(till, options.random, options.sellable, () => new Promise((resolve) => setTimeout(resolve, backup.ms))))
  }
  const stalls = withBackup.map((run) => run.mainThread.stallMs)
  const worst = Math.max(...stalls)
  const bytes = withBackup.at(-1)!.answer.local.bytes
  const onCpu = withBackup[0]!.mainThread.onCpu ? ', CPU time' : ''
  return [
    reported(
      'backup',
      `backup, ${(bytes / 1048576).toFixed(0)} MB, copied and verified while checkouts run (s)`,
      withBackup.map((run) => run.ms / 1000)
    ),
    {
      group: 'backup',
      name: `longest main-thread stall during the backup, not counting the sales calls${onCpu} (ms)`,
      summary: summarize(stalls),
      target: { on: 'max', limit: STALL_LIMIT_MS, unit: 'ms', value: worst, met: worst <= STALL_LIMIT_MS }
    },
    reported(
      'backup',
      `the same, same sales for as long, no backup${onCpu} (ms)`,
      without.map((run) => run.mainThread.stallMs)
    ),
    reported(
      'backup',
      'the same stall in wall clock (waits for a core counted), during the backup (ms)',
      withBackup.map((run) => run.mainThread.stallWallMs)
    ),
    reported(
      'backup',
      'the same stall in wall clock, no backup (ms)',
      without.map((run) => run.mainThread.stallWallMs)
    ),
    reported(
      'backup',
      "a 1 ms timer's longest lateness, the sales calls counted in, during the backup (ms)",
      withBackup.map((run) => run.mainThread.heldMs)
    ),
    reported(
      'backup',
      'longest single sales call (cart.current, cart.addLine, cart.checkout) during the backup (ms)',
      withBackup.map((run) => run.longestCallMs)
    ),
    reported(
      'backup',
      'longest single sales call, same sales, no backup (ms)',
      without.map((run) => run.longestCallMs)
    ),
    reported(
      'backup',
      'checkout while the backup runs (ms)',
      withBackup.flatMap((run) => run.checkouts)
    ),
    reported(
      'backup',
      'checkout, same sales for as long, no backup (ms)',
      without.flatMap((run) => run.checkouts)
    )
  ]
}
